using Switchboard.Messaging;
using Switchboard.Tenancy;

namespace Switchboard.Delivery;

/// <summary>A status a message was reported in, once per status: its delivery history.</summary>
public sealed class MessageStatusChange : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public Guid MessageId { get; set; }

    public MessageStatus Status { get; set; }

    /// <summary>False when a later status had already arrived: recorded, but it did not move the message.</summary>
    public bool Applied { get; set; }

    public int? ErrorCode { get; set; }

    public string? RawDlrDoneDate { get; set; }

    public StatusSource Source { get; set; }

    public DateTime OccurredAt { get; set; } = DateTime.UtcNow;
}

public enum StatusSource
{
    Outbox,
    Api,
    Callback,
    Reconciliation,
}
