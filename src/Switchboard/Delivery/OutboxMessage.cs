using Switchboard.Tenancy;

namespace Switchboard.Delivery;

/// <summary>
/// A message waiting to be handed to Twilio, written in the same transaction as the message. The
/// dispatcher claims it with a lease that expires, so a crashed instance's work is picked up again;
/// the row is deleted once Twilio has the message or it is final.
/// </summary>
public sealed class OutboxMessage : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public Guid MessageId { get; set; }

    /// <summary>Not before this time: the requested send time, or the next retry.</summary>
    public DateTime DueAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntil { get; set; }

    /// <summary>
    /// Set (and committed) just before calling Twilio, cleared when the answer is known. Found set
    /// on a claim, it means the outcome of the last call is unknown: reconcile before sending again.
    /// </summary>
    public DateTime? SendStartedAt { get; set; }

    /// <summary>Calls refused for rate or server errors; they are not delivery attempts, but are bounded.</summary>
    public int DeferredCount { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
