namespace Switchboard.Twilio.Rest;

/// <summary>Parameters of an outgoing call (spec <c>CreateCallRequest</c>). Null fields are not sent.</summary>
public sealed record CreateCallRequest
{
    public required string To { get; init; }

    /// <summary>A Twilio number or verified caller ID.</summary>
    public required string From { get; init; }

    /// <summary>Where Twilio fetches the call's TwiML; one of Url, Twiml, ApplicationSid is needed.</summary>
    public Uri? Url { get; init; }

    /// <summary>Inline TwiML (at most 4000 characters); ignored by Twilio when Url is set.</summary>
    public string? Twiml { get; init; }

    public string? ApplicationSid { get; init; }

    public string? Method { get; init; }

    public Uri? FallbackUrl { get; init; }

    public string? FallbackMethod { get; init; }

    public Uri? StatusCallback { get; init; }

    /// <summary><c>initiated</c>, <c>ringing</c>, <c>answered</c>, <c>completed</c>; sent as repeated keys.</summary>
    public IReadOnlyList<string>? StatusCallbackEvents { get; init; }

    public string? StatusCallbackMethod { get; init; }

    public string? SendDigits { get; init; }

    /// <summary>Seconds to let the phone ring (default 60, at most 600).</summary>
    public int? Timeout { get; init; }

    public bool? Record { get; init; }

    public string? RecordingChannels { get; init; }

    public Uri? RecordingStatusCallback { get; init; }

    public string? RecordingStatusCallbackMethod { get; init; }

    public IReadOnlyList<string>? RecordingStatusCallbackEvents { get; init; }

    public string? RecordingTrack { get; init; }

    public string? Trim { get; init; }

    /// <summary><c>Enable</c> or <c>DetectMessageEnd</c>.</summary>
    public string? MachineDetection { get; init; }

    public int? MachineDetectionTimeout { get; init; }

    public int? MachineDetectionSpeechThreshold { get; init; }

    public int? MachineDetectionSpeechEndThreshold { get; init; }

    public int? MachineDetectionSilenceTimeout { get; init; }

    public bool? AsyncAmd { get; init; }

    public Uri? AsyncAmdStatusCallback { get; init; }

    public string? AsyncAmdStatusCallbackMethod { get; init; }

    public string? CallerId { get; init; }

    /// <summary>Maximum call length in seconds.</summary>
    public int? TimeLimit { get; init; }

    public string? CallReason { get; init; }

    internal TwilioForm ToForm()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(To, nameof(To));
        ArgumentException.ThrowIfNullOrWhiteSpace(From, nameof(From));
        if (Url is null && string.IsNullOrEmpty(Twiml) && string.IsNullOrEmpty(ApplicationSid))
        {
            throw new ArgumentException("A call needs Url, Twiml or ApplicationSid.");
        }

        return new TwilioForm()
            .Add("To", To).Add("From", From).Add("Url", Url).Add("Twiml", Twiml).Add("ApplicationSid", ApplicationSid)
            .Add("Method", Method).Add("FallbackUrl", FallbackUrl).Add("FallbackMethod", FallbackMethod)
            .Add("StatusCallback", StatusCallback).AddEach("StatusCallbackEvent", StatusCallbackEvents)
            .Add("StatusCallbackMethod", StatusCallbackMethod).Add("SendDigits", SendDigits).Add("Timeout", Timeout)
            .Add("Record", Record).Add("RecordingChannels", RecordingChannels)
            .Add("RecordingStatusCallback", RecordingStatusCallback).Add("RecordingStatusCallbackMethod", RecordingStatusCallbackMethod)
            .AddEach("RecordingStatusCallbackEvent", RecordingStatusCallbackEvents)
            .Add("RecordingTrack", RecordingTrack).Add("Trim", Trim)
            .Add("MachineDetection", MachineDetection).Add("MachineDetectionTimeout", MachineDetectionTimeout)
            .Add("MachineDetectionSpeechThreshold", MachineDetectionSpeechThreshold)
            .Add("MachineDetectionSpeechEndThreshold", MachineDetectionSpeechEndThreshold)
            .Add("MachineDetectionSilenceTimeout", MachineDetectionSilenceTimeout)
            .Add("AsyncAmd", AsyncAmd).Add("AsyncAmdStatusCallback", AsyncAmdStatusCallback)
            .Add("AsyncAmdStatusCallbackMethod", AsyncAmdStatusCallbackMethod)
            .Add("CallerId", CallerId).Add("TimeLimit", TimeLimit).Add("CallReason", CallReason);
    }
}
