namespace Switchboard.Inbound;

/// <summary>
/// A Twilio webhook exactly as it arrived, kept for audit and replay. Not tenant-filtered: an
/// event for a number no organisation owns still has to be stored and seen by operators.
/// </summary>
public sealed class WebhookEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Null when the number the event concerns belongs to no organisation.</summary>
    public Guid? OrganizationId { get; set; }

    public WebhookEventKind Kind { get; set; }

    /// <summary>What makes a retry recognisable, e.g. the MessageSid, or MessageSid + status for callbacks.</summary>
    public required string DedupeKey { get; set; }

    public required string Url { get; set; }

    /// <summary>The form body as received, before any parsing.</summary>
    public required string RawBody { get; set; }

    public bool SignatureValid { get; set; }

    public DateTime ReceivedAt { get; set; } = DateTime.UtcNow;

    public DateTime? ProcessedAt { get; set; }
}

public enum WebhookEventKind
{
    Sms,
    SmsStatus,
    Voice,
    VoiceStatus,
}
