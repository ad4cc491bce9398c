namespace Switchboard.Twilio.Errors;

/// <summary>Whether and how a send that failed with a given Twilio error should be tried again (FACTS.md 5).</summary>
public enum RetryClass
{
    /// <summary>Permanent: do not resend.</summary>
    Never,

    /// <summary>Resend soon with exponential backoff and jitter.</summary>
    Backoff,

    /// <summary>Resend only after a long delay (queue drained, next day, lower rate).</summary>
    Later,

    /// <summary>At most one or two more attempts, spaced out.</summary>
    Limited,
}
