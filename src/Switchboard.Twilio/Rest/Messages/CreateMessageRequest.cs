namespace Switchboard.Twilio.Rest;

/// <summary>Parameters of a new message (spec <c>CreateMessageRequest</c>). Null fields are not sent.</summary>
public sealed record CreateMessageRequest
{
    /// <summary>Recipient, E.164 or a channel address.</summary>
    public required string To { get; init; }

    public string? From { get; init; }

    /// <summary><c>MG…</c>; with no <see cref="From"/>, Twilio picks a sender from the service's pool.</summary>
    public string? MessagingServiceSid { get; init; }

    public string? Body { get; init; }

    /// <summary>Up to 10 media URLs, sent as repeated <c>MediaUrl</c> keys.</summary>
    public IReadOnlyList<Uri>? MediaUrls { get; init; }

    public Uri? StatusCallback { get; init; }

    public string? ApplicationSid { get; init; }

    /// <summary>Seconds the message may wait in Twilio's queue (1–36000).</summary>
    public int? ValidityPeriod { get; init; }

    /// <summary>When to send a scheduled message; needs <see cref="ScheduleType"/> <c>fixed</c> and a Messaging Service.</summary>
    public DateTimeOffset? SendAt { get; init; }

    /// <summary>Only <c>fixed</c> exists.</summary>
    public string? ScheduleType { get; init; }

    public bool? SmartEncoded { get; init; }

    public bool? ShortenUrls { get; init; }

    public bool? SendAsMms { get; init; }

    public bool? ProvideFeedback { get; init; }

    public int? Attempt { get; init; }

    /// <summary><c>HX…</c> content template.</summary>
    public string? ContentSid { get; init; }

    /// <summary>JSON object text filling the content template's variables.</summary>
    public string? ContentVariables { get; init; }

    public string? FallbackFrom { get; init; }

    public IReadOnlyList<string>? PersistentActions { get; init; }

    public string? ContentRetention { get; init; }

    public string? AddressRetention { get; init; }

    public string? TrafficType { get; init; }

    public string? RiskCheck { get; init; }

    internal TwilioForm ToForm()
    {
        // Checked here because a refused create costs a round trip and, worse, an error that
        // looks like a delivery problem.
        ArgumentException.ThrowIfNullOrWhiteSpace(To, nameof(To));
        if (string.IsNullOrEmpty(From) && string.IsNullOrEmpty(MessagingServiceSid))
        {
            throw new ArgumentException("A message needs From or MessagingServiceSid.");
        }

        if (Body is null && (MediaUrls is null || MediaUrls.Count == 0) && string.IsNullOrEmpty(ContentSid))
        {
            throw new ArgumentException("A message needs Body, MediaUrls or ContentSid.");
        }

        return new TwilioForm()
            .Add("To", To).Add("From", From).Add("MessagingServiceSid", MessagingServiceSid)
            .Add("Body", Body).AddEach("MediaUrl", MediaUrls)
            .Add("StatusCallback", StatusCallback).Add("ApplicationSid", ApplicationSid)
            .Add("ValidityPeriod", ValidityPeriod).Add("SendAt", SendAt).Add("ScheduleType", ScheduleType)
            .Add("SmartEncoded", SmartEncoded).Add("ShortenUrls", ShortenUrls).Add("SendAsMms", SendAsMms)
            .Add("ProvideFeedback", ProvideFeedback).Add("Attempt", Attempt)
            .Add("ContentSid", ContentSid).Add("ContentVariables", ContentVariables).Add("FallbackFrom", FallbackFrom)
            .AddEach("PersistentAction", PersistentActions)
            .Add("ContentRetention", ContentRetention).Add("AddressRetention", AddressRetention)
            .Add("TrafficType", TrafficType).Add("RiskCheck", RiskCheck);
    }
}
