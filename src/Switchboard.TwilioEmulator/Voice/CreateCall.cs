using Switchboard.Twilio.Messaging;

namespace Switchboard.TwilioEmulator.Voice;

/// <summary>
/// <c>POST /Calls.json</c> (FACTS 8.4): validates like Twilio, stores the call <c>queued</c>
/// (<c>outbound-api</c>) and starts its lifecycle. Error codes from Twilio's error dictionary:
/// 21201 no To, 21213 no From, 21205 no (or an invalid) Url/Twiml/ApplicationSid, 21211 invalid
/// To, 21212 invalid From, 21210 From is neither an account number nor a verified caller ID,
/// 21218 ApplicationSid (applications are not emulated), 21609 invalid StatusCallback.
/// </summary>
internal static class CreateCall
{
    public const int MaxTwimlLength = 4000;

    public static async Task<IResult> Handle(HttpRequest request, EmulatorState state, VoiceState voice, CallLifecycle lifecycle, Scheduler scheduler, CancellationToken ct)
    {
        var form = await FormParameters.ReadAsync(request, ct)
            ?? throw new TwilioException(21201, "No 'To' number is specified");
        var to = form["To"];
        var from = form["From"];
        var url = NullIfEmpty(form["Url"]);
        var twiml = NullIfEmpty(form["Twiml"]);
        Validate(state, form, to, from, url, twiml);

        var now = scheduler.Now;
        var call = new CallRecord
        {
            Sid = Sid.New("CA"),
            Direction = CallEvents.OutboundApi,
            From = from!,
            To = to!,
            PhoneNumberSid = state.FindNumberByPhone(from!)?.Sid,
            Status = CallStatuses.Queued,
            DateCreated = now,
            DateUpdated = now,
            ApiBaseUrl = RecordingJson.BaseUrlOf(request),
            Url = url,
            Method = HttpMethodOf(form, "Method"),
            Twiml = url is null ? twiml : null, // Twilio ignores Twiml when Url is given too.
            FallbackUrl = NullIfEmpty(form["FallbackUrl"]),
            FallbackMethod = HttpMethodOf(form, "FallbackMethod"),
            StatusCallback = NullIfEmpty(form["StatusCallback"]),
            StatusCallbackMethod = HttpMethodOf(form, "StatusCallbackMethod"),
            StatusCallbackEvents = Events(form),
            Timeout = int.TryParse(form["Timeout"], out var timeout) ? Math.Clamp(timeout, 1, 600) : 60,
            Record = string.Equals(form["Record"], "true", StringComparison.OrdinalIgnoreCase),
        };
        voice.AddCall(call);
        CallJson json;
        lock (voice.Gate)
        {
            json = CallJson.Of(call, state.AccountSid);
        }

        lifecycle.Start(call);
        return TwilioJson.Created(json);
    }

    private static void Validate(EmulatorState state, FormParameters form, string? to, string? from, string? url, string? twiml)
    {
        if (string.IsNullOrEmpty(to))
        {
            throw new TwilioException(21201, "No 'To' number is specified");
        }

        if (string.IsNullOrEmpty(from))
        {
            throw new TwilioException(21213, "No 'From' number is specified");
        }

        if (url is null && twiml is null && string.IsNullOrEmpty(form["ApplicationSid"]))
        {
            throw new TwilioException(21205, "Url parameter is required. Either Url, Twiml or ApplicationSid must be provided.");
        }

        if (!PhoneNumbers.IsE164(to))
        {
            throw new TwilioException(21211, $"Invalid 'To' Phone Number: {to}");
        }

        if (!PhoneNumbers.IsE164(from))
        {
            throw new TwilioException(21212, $"Invalid 'From' Phone Number: {from}");
        }

        if (state.FindNumberByPhone(from) is null)
        {
            throw new TwilioException(21210, $"The source phone number provided, {from}, is not yet verified for your account. You may only make calls from phone numbers that you've verified or purchased from Twilio.");
        }

        if (url is not null && !Messaging.CreateMessage.IsHttpUrl(url))
        {
            throw new TwilioException(21205, $"Url is not a valid URL: {url}");
        }

        if (url is null && twiml is null)
        {
            throw new TwilioException(21218, $"Invalid ApplicationSid: {form["ApplicationSid"]} (applications are not emulated)");
        }

        if (twiml is { Length: > MaxTwimlLength })
        {
            throw new TwilioException(21205, $"Twiml must be at most {MaxTwimlLength} characters.");
        }

        foreach (var name in new[] { "StatusCallback", "FallbackUrl" })
        {
            if (form[name] is { Length: > 0 } callback && !Messaging.CreateMessage.IsHttpUrl(callback))
            {
                throw new TwilioException(name == "StatusCallback" ? 21609 : 21205, $"The {name} URL {callback} is not a valid URL.");
            }
        }
    }

    internal static string HttpMethodOf(FormParameters form, string name)
    {
        var value = form[name];
        if (string.IsNullOrEmpty(value))
        {
            return "POST";
        }

        var upper = value.ToUpperInvariant();
        return upper is "GET" or "POST" ? upper : throw new TwilioException(20001, $"{name} must be GET or POST, not '{value}'.");
    }

    private static HashSet<string> Events(FormParameters form)
    {
        // The SDKs repeat the parameter; some clients send one space-separated value.
        var requested = form.All("StatusCallbackEvent").SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (requested.FirstOrDefault(e => !CallEvents.All.Contains(e)) is { } bad)
        {
            throw new TwilioException(20001, $"StatusCallbackEvent must be initiated, ringing, answered or completed, not '{bad}'.");
        }

        return requested.Count == 0 ? [CallEvents.Completed] : new HashSet<string>(requested, StringComparer.Ordinal);
    }

    internal static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
