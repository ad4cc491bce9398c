using Switchboard.Tenancy;

namespace Switchboard.Messaging;

/// <summary>
/// One SMS/MMS, inbound or outbound. Each status it reaches keeps its own timestamp so delivery
/// times can be measured and a late, out-of-order callback cannot erase what happened.
/// </summary>
public sealed class Message : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public Guid? ContactId { get; set; }

    /// <summary>The thread this message belongs to; added in migration 0004.</summary>
    public Guid? ConversationId { get; set; }

    public MessageDirection Direction { get; set; }

    /// <summary>Twilio's SM.../MM... sid; null until Twilio accepted an outbound message.</summary>
    public string? TwilioSid { get; set; }

    public required string From { get; set; }

    public required string To { get; set; }

    public string Body { get; set; } = "";

    public MessageStatus Status { get; set; } = MessageStatus.Queued;

    public int? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    public int Segments { get; set; } = 1;

    public MessageEncoding Encoding { get; set; } = MessageEncoding.Gsm7;

    /// <summary>Twilio's price (negative for charges), known some time after delivery.</summary>
    public decimal? Price { get; set; }

    public string? PriceUnit { get; set; }

    public int AttemptCount { get; set; }

    public DateTime? QueuedAt { get; set; }

    public DateTime? SendingAt { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    public DateTime? FailedAt { get; set; }

    public DateTime? UndeliveredAt { get; set; }

    public DateTime? ReadAt { get; set; }

    public DateTime? ReceivedAt { get; set; }

    /// <summary>The carrier's delivery-receipt date (<c>YYMMDDhhmm</c>) from the status callback; added in migration 0006.</summary>
    public string? RawDlrDoneDate { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}

public enum MessageDirection
{
    Inbound,
    Outbound,
}

public enum MessageEncoding
{
    Gsm7,
    Ucs2,
}
