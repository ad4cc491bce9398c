using Switchboard.Tenancy;

namespace Switchboard.Inbound.Jobs;

/// <summary>
/// Work left by an inbound webhook for the processing worker, stored in the same transaction as
/// the raw event. The database is the queue (ADR 0003): a worker claims a job with a lease, and a
/// lease that runs out makes the job claimable again, so a crashed instance loses nothing.
/// </summary>
public sealed class InboundJob : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public InboundJobKind Kind { get; set; }

    /// <summary>The raw event to process; it holds every parameter Twilio sent.</summary>
    public Guid WebhookEventId { get; set; }

    /// <summary>Claims so far, including the one in progress.</summary>
    public int Attempts { get; set; }

    /// <summary>Not claimed before this time: the backoff after a failure.</summary>
    public DateTime RunAt { get; set; }

    public DateTime? LeaseUntil { get; set; }

    public string? ClaimedBy { get; set; }

    /// <summary>The last failure's message, for the operator; never holds secrets (exception messages only).</summary>
    public string? LastError { get; set; }

    /// <summary>Set after the last attempt failed: the job waits for an operator's replay.</summary>
    public DateTime? ParkedAt { get; set; }

    public DateTime? DoneAt { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

public enum InboundJobKind
{
    Sms,
}
