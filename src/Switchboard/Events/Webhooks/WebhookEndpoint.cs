using Switchboard.Tenancy;

namespace Switchboard.Events.Webhooks;

/// <summary>An organisation's HTTPS receiver for chosen event types.</summary>
public sealed class WebhookEndpoint : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public required string Url { get; set; }

    /// <summary>Comma-separated event types this endpoint receives.</summary>
    public required string EventTypes { get; set; }

    public string? Description { get; set; }

    /// <summary>The signing secret, encrypted with ASP.NET Core Data Protection; shown once, at creation.</summary>
    public required string ProtectedSecret { get; set; }

    /// <summary>Events with ids up to this one predate the endpoint and are not sent to it.</summary>
    public long AfterEventId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Since when every attempt has failed; null while the endpoint answers.</summary>
    public DateTime? FailingSince { get; set; }

    public DateTime? DisabledAt { get; set; }

    public IReadOnlyList<string> EventTypeList => EventTypes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
