using Switchboard.Twilio.Messaging;

namespace Switchboard.TwilioEmulator.Messaging;

/// <summary><c>POST /Messages.json</c>: validates like Twilio, stores the message <c>queued</c> and hands it to the lifecycle.</summary>
internal static class CreateMessage
{
    public const int MaxBodyLength = SegmentCalculator.MaxLength;
    public const int MaxMedia = 10;

    public static async Task<IResult> Handle(HttpRequest request, EmulatorState state, MessageLifecycle lifecycle, Scheduler scheduler, CancellationToken ct)
    {
        var form = await FormParameters.ReadAsync(request, ct)
            ?? throw new TwilioException(21604, "A 'To' phone number is required.");
        var to = form["To"];
        var from = form["From"];
        var body = form["Body"] ?? "";
        var media = form.All("MediaUrl");
        var service = form["MessagingServiceSid"];

        var segments = SegmentCalculator.Calculate(body, string.Equals(form["SmartEncoded"], "true", StringComparison.OrdinalIgnoreCase));
        Validate(state, request.AccountOf(), form, to, from, segments, media, service);
        if (state.IsOptedOut(from!, to!) && PhoneNumbers.KindOf(from!) == SenderKind.LongCode)
        {
            throw new TwilioException(21610, "Attempt to send to unsubscribed recipient");
        }

        var validity = ValidityPeriod(form["ValidityPeriod"]);
        if (lifecycle.WouldOverflow(from!))
        {
            throw new TwilioException(21611, $"This 'From' number {from} has exceeded the maximum number of queued messages");
        }

        var now = scheduler.Now;
        var message = new MessageRecord
        {
            Sid = Sid.New(media.Count > 0 ? "MM" : "SM"),
            AccountSid = request.AccountOf(),
            Direction = MessageStatus.OutboundApi,
            From = from,
            To = to!,
            Body = segments.Body,
            MediaUrls = media,
            NumSegments = segments.Segments,
            Status = MessageStatus.Queued,
            DateCreated = now,
            DateUpdated = now,
            MessagingServiceSid = string.IsNullOrEmpty(service) ? null : service,
            StatusCallback = NullIfEmpty(form["StatusCallback"]),
            StatusCallbackMethod = "POST",
        };

        state.AddMessage(message);
        var json = MessageJson.Of(message, message.AccountSid);
        lifecycle.Enqueue(message, now, validity);
        return TwilioJson.Created(json);
    }

    private static TimeSpan? ValidityPeriod(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is >= 1 and <= 36000
            ? TimeSpan.FromSeconds(seconds)
            : throw new TwilioException(20001, $"ValidityPeriod must be a whole number of seconds from 1 to 36000, not '{value}'.");
    }

    private static void Validate(EmulatorState state, string account, FormParameters form, string? to, string? from, SegmentInfo segments, IReadOnlyList<string> media, string? service)
    {
        if (string.IsNullOrEmpty(to))
        {
            throw new TwilioException(21604, "A 'To' phone number is required.");
        }

        if (string.IsNullOrEmpty(from) && string.IsNullOrEmpty(service))
        {
            throw new TwilioException(21603, "A 'From' phone number is required.");
        }

        if (segments.Body.Length == 0 && media.Count == 0 && string.IsNullOrEmpty(form["ContentSid"]))
        {
            throw new TwilioException(21602, "Message body is required.");
        }

        if (!PhoneNumbers.IsE164(to))
        {
            throw new TwilioException(21211, $"The 'To' number {to} is not a valid phone number.");
        }

        if (string.IsNullOrEmpty(from))
        {
            // Messaging Services are not emulated: there is no pool to choose a sender from.
            throw new TwilioException(21701, $"The Messaging Service Sid {service} is invalid.");
        }

        if (!PhoneNumbers.IsValidSender(from))
        {
            throw new TwilioException(21212, $"The 'From' number {from} is not a valid phone number, shortcode, or alphanumeric sender ID.");
        }

        if (state.FindNumberByPhone(from) is not { } sender || sender.AccountSid != account)
        {
            throw new TwilioException(21606, $"The 'From' phone number provided ({from}) is not a valid message-capable Twilio phone number for this destination.");
        }

        if (string.Equals(to, from, StringComparison.Ordinal))
        {
            throw new TwilioException(21211, $"The 'To' number {to} is not a valid phone number.");
        }

        if (segments.ExceedsMaxLength)
        {
            throw new TwilioException(21617, "The concatenated message body exceeds the 1600 character limit.");
        }

        if (media.Count > MaxMedia)
        {
            throw new TwilioException(21623, "The number of media files exceeds the maximum of 10 per message.");
        }

        if (media.FirstOrDefault(u => !IsHttpUrl(u)) is { } bad)
        {
            throw new TwilioException(21620, $"Invalid media URL(s): {bad}");
        }

        if (form["StatusCallback"] is { Length: > 0 } callback && !IsHttpUrl(callback))
        {
            throw new TwilioException(21609, $"The StatusCallback URL {callback} is not a valid URL.");
        }
    }

    internal static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
