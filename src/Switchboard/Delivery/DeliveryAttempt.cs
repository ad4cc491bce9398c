using Switchboard.Tenancy;

namespace Switchboard.Delivery;

/// <summary>One call to Twilio's Messages API for a message, with what came of it.</summary>
public sealed class DeliveryAttempt : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public Guid MessageId { get; set; }

    /// <summary>1 for the first call; counts every call, including those that are not delivery attempts.</summary>
    public int Number { get; set; }

    /// <summary>False for calls Twilio refused for rate or server trouble: they do not use up a retry.</summary>
    public bool Counted { get; set; } = true;

    public AttemptOutcome Outcome { get; set; } = AttemptOutcome.Pending;

    public int? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    public string? TwilioSid { get; set; }

    public DateTime StartedAt { get; set; } = DateTime.UtcNow;

    public DateTime? FinishedAt { get; set; }
}

public enum AttemptOutcome
{
    /// <summary>Called and not yet answered (a crash leaves it so).</summary>
    Pending,
    Accepted,
    Failed,
    RateLimited,
    ServerError,
    OutcomeUnknown,

    /// <summary>A call with an unknown outcome turned out, from Twilio's message list, to have gone through.</summary>
    Reconciled,
}
