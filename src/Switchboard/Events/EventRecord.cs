using Switchboard.Tenancy;

namespace Switchboard.Events;

/// <summary>
/// One entry of the event outbox: written in the same transaction as the change it describes, so
/// an event is never published for a rolled-back change nor lost for a committed one. The
/// increasing <see cref="Id"/> is what server-sent event clients resume from.
/// </summary>
public sealed class EventRecord : ITenantOwned
{
    public long Id { get; set; }

    public Guid OrganizationId { get; set; }

    public required string Type { get; set; }

    /// <summary>The event's JSON payload: the ids and phone numbers it concerns.</summary>
    public required string Data { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
