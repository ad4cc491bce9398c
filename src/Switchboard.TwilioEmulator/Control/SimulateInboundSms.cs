using Switchboard.Twilio.Messaging;
using Switchboard.TwilioEmulator.Messaging;

namespace Switchboard.TwilioEmulator.Control;

/// <summary>
/// <c>POST /_emulator/sms</c>: a customer texts a provisioned number. Stores the inbound message,
/// applies Twilio's opt-out keywords, POSTs the signed webhook to the number's <c>SmsUrl</c> (then
/// <c>SmsFallbackUrl</c> on failure) and sends the app's TwiML replies through the normal lifecycle.
/// </summary>
internal static class SimulateInboundSms
{
    public sealed record Request(string? From, string? To, string? Body, IReadOnlyList<string>? MediaUrls);

    public sealed record Result(string MessageSid, int? WebhookStatus, string? WebhookResponse, string? WebhookError, string? OptOutType, IReadOnlyList<string> ReplySids);

    public static async Task<IResult> Handle(Request request, EmulatorState state, Scheduler scheduler, WebhookSender webhooks, MessageLifecycle lifecycle, ILogger<Result> logger, CancellationToken ct)
    {
        var from = request.From?.Trim();
        var to = request.To?.Trim();
        var body = request.Body ?? "";
        var media = request.MediaUrls ?? [];
        if (!PhoneNumbers.IsE164(from))
        {
            return ControlEndpoints.Invalid("from", $"'from' must be the customer's E.164 number such as +15555550123, not '{request.From}'.");
        }

        if (string.IsNullOrEmpty(to))
        {
            return ControlEndpoints.Invalid("to", "'to' is required: the provisioned number the customer texts.");
        }

        if (body.Length == 0 && media.Count == 0)
        {
            return ControlEndpoints.Invalid("body", "'body' (or 'mediaUrls') is required.");
        }

        if (body.Length > CreateMessage.MaxBodyLength)
        {
            return ControlEndpoints.Invalid("body", $"'body' must be at most {CreateMessage.MaxBodyLength} characters.");
        }

        if (media.Count > CreateMessage.MaxMedia || media.Any(u => !CreateMessage.IsHttpUrl(u)))
        {
            return ControlEndpoints.Invalid("mediaUrls", "'mediaUrls' must hold at most 10 absolute http(s) URLs.");
        }

        var number = state.FindNumberByPhone(to);
        if (number is null)
        {
            return TypedResults.Problem($"{to} is not a number of any emulated account; provision it first (EmulatorOptions.ProvisionedNumbers or POST IncomingPhoneNumbers.json).",
                statusCode: StatusCodes.Status404NotFound, title: "Unknown number");
        }

        var now = scheduler.Now;
        var message = new MessageRecord
        {
            Sid = Sid.New(media.Count > 0 ? "MM" : "SM"),
            AccountSid = number.AccountSid,
            Direction = MessageStatus.Inbound,
            From = from,
            To = to,
            Body = body,
            MediaUrls = media.ToList(),
            NumSegments = SegmentCalculator.Calculate(body).Segments,
            Status = MessageStatus.Received,
            DateCreated = now,
            DateUpdated = now,
            DateSent = now,
            Price = "-0.00790",
        };
        state.AddMessage(message);

        var optOutType = ApplyOptOut(state, number, from!, body, now);
        var parameters = InboundSmsParameters.Of(state, message, optOutType);

        string? smsUrl, smsMethod, fallbackUrl, fallbackMethod;
        lock (state.Gate)
        {
            (smsUrl, smsMethod, fallbackUrl, fallbackMethod) = (number.SmsUrl, number.SmsMethod, number.SmsFallbackUrl, number.SmsFallbackMethod);
        }

        if (string.IsNullOrEmpty(smsUrl))
        {
            return TypedResults.Ok(new Result(message.Sid, null, null, "The number has no SmsUrl configured.", optOutType, []));
        }

        var usedUrl = smsUrl;
        var result = await webhooks.SendAsync(smsUrl, smsMethod, parameters, ct);
        if (!result.Succeeded && !string.IsNullOrEmpty(fallbackUrl))
        {
            var errorCode = result.StatusCode is null ? "11205" : "11200";
            var fallbackParameters = parameters.Append(new("ErrorCode", errorCode)).Append(new("ErrorUrl", smsUrl)).ToList();
            result = await webhooks.SendAsync(fallbackUrl, fallbackMethod, fallbackParameters, ct);
            usedUrl = fallbackUrl;
        }

        var replySids = new List<string>();
        var error = result.Error;
        if (result.Succeeded)
        {
            try
            {
                foreach (var reply in TwimlReplies.Parse(result.ContentType, result.Body, usedUrl))
                {
                    replySids.Add(SendReply(state, lifecycle, scheduler, number, from!, reply));
                }
            }
            catch (InvalidDataException e)
            {
                logger.LogWarning("Inbound SMS {MessageSid}: {Error}", message.Sid, e.Message);
                error = e.Message;
            }
        }

        return TypedResults.Ok(new Result(message.Sid, result.StatusCode, result.Body, error, optOutType, replySids));
    }

    private static string? ApplyOptOut(EmulatorState state, PhoneNumberRecord number, string customer, string body, DateTimeOffset now)
    {
        // Short codes get no automatic keyword handling outside Messaging Services (FACTS 6).
        if (number.Kind == SenderKind.ShortCode || OptOutKeywords.Classify(body) is not { } type)
        {
            return null;
        }

        var wasOptedOut = state.IsOptedOut(number.PhoneNumber, customer);
        if (type == OptOutKeywords.Stop)
        {
            state.SetOptOut(number.PhoneNumber, customer, true);
        }
        else if (type == OptOutKeywords.Start)
        {
            state.SetOptOut(number.PhoneNumber, customer, false);
        }
        else if (wasOptedOut && number.Kind == SenderKind.TollFree)
        {
            return type; // Toll-free HELP is not answered while opted out.
        }

        state.AppendToHandset(new HandsetMessage(Sid.New("SM"), number.PhoneNumber, customer, OptOutKeywords.Replies[type], [], now));
        return type;
    }

    private static string SendReply(EmulatorState state, MessageLifecycle lifecycle, Scheduler scheduler, PhoneNumberRecord number, string customer, TwimlReply reply)
    {
        var now = scheduler.Now;
        var to = string.IsNullOrEmpty(reply.To) ? customer : reply.To;
        var from = string.IsNullOrEmpty(reply.From) ? number.PhoneNumber : reply.From;
        var blocked = PhoneNumbers.KindOf(from) == SenderKind.LongCode && state.IsOptedOut(from, to);
        var message = new MessageRecord
        {
            Sid = Sid.New(reply.MediaUrls.Count > 0 ? "MM" : "SM"),
            AccountSid = number.AccountSid,
            Direction = MessageStatus.OutboundReply,
            From = from,
            To = to,
            Body = reply.Body,
            MediaUrls = reply.MediaUrls,
            NumSegments = SegmentCalculator.Calculate(reply.Body).Segments,
            Status = blocked ? MessageStatus.Failed : MessageStatus.Queued,
            ErrorCode = blocked ? 21610 : null,
            ErrorMessage = blocked ? "Attempt to send to unsubscribed recipient" : null,
            DateCreated = now,
            DateUpdated = now,
            StatusCallback = reply.Action,
            StatusCallbackMethod = reply.Method ?? "POST",
        };
        state.AddMessage(message);
        if (!blocked)
        {
            lifecycle.Enqueue(message, now);
        }

        return message.Sid;
    }
}
