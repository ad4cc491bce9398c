using Switchboard.Tenancy;

namespace Switchboard.Events.Webhooks;

public enum WebhookDeliveryStatus
{
    Pending,
    Succeeded,
    Failed,
}

/// <summary>One event to one endpoint: the payload, where its attempts stand, and the last outcome.</summary>
public sealed class WebhookDelivery : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public Guid EndpointId { get; set; }

    public long EventId { get; set; }

    public required string EventType { get; set; }

    /// <summary>The body sent, kept here because events are pruned sooner than retries end.</summary>
    public required string Payload { get; set; }

    public WebhookDeliveryStatus Status { get; set; } = WebhookDeliveryStatus.Pending;

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>After this, a failing delivery is given up.</summary>
    public DateTime RetryUntil { get; set; }

    /// <summary>A worker holds the delivery until then; an expired lease makes it claimable again.</summary>
    public DateTime? LeaseUntil { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DeliveredAt { get; set; }
}
