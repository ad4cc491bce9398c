using Switchboard.Twilio.Errors;
using Switchboard.Twilio.Rest;

namespace Switchboard.Delivery;

/// <summary>What to do after Twilio refused a send, from its error code's retry class (FACTS 5).</summary>
public static class RetryPolicy
{
    public enum Action
    {
        /// <summary>Try again at <see cref="Decision.At"/>; the failed call counts as an attempt.</summary>
        Retry,

        /// <summary>Try again later; the call does not count (429, 5xx: Twilio did not process it or we do not know).</summary>
        Defer,

        /// <summary>Reconcile against Twilio's list before anything else (the outcome is unknown).</summary>
        Reconcile,

        /// <summary>Final: the reason will not change by trying again.</summary>
        Fail,

        /// <summary>Final, and the recipient is opted out (21610).</summary>
        OptOut,

        /// <summary>Final after the last attempt: dead-letter it for an operator.</summary>
        DeadLetter,
    }

    public sealed record Decision(Action Action, DateTimeOffset At, string Reason);

    public const int OptedOutCode = 21610;

    /// <param name="countedAttempts">Attempts made so far, including the one that just failed.</param>
    public static Decision Decide(TwilioApiException error, int countedAttempts, int deferrals, DeliveryOptions options, DateTimeOffset now, Func<double> random)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        var reason = error.Code is { } c ? $"Twilio error {c}: {error.TwilioMessage ?? TwilioErrorCatalog.Find(c).Meaning}" : error.Message;
        if (error.IsRateLimited || error.IsOutcomeUnknown)
        {
            if (deferrals >= options.MaxDeferrals)
            {
                return new(Action.DeadLetter, now, $"Gave up after {deferrals} refusals for rate or server trouble. Last: {reason}");
            }

            return error.IsOutcomeUnknown
                ? new(Action.Reconcile, now + options.OutcomeUnknownDelay, reason)
                : new(Action.Defer, now + Jitter(options.DeferDelay, random), reason);
        }

        if (error.Code == OptedOutCode)
        {
            return new(Action.OptOut, now, reason);
        }

        var retryClass = error.Code is { } code ? TwilioErrorCatalog.Find(code).RetryClass : RetryClass.Limited;
        var maxRetries = retryClass switch
        {
            RetryClass.Never => 0,
            RetryClass.Limited => Math.Min(2, options.MaxRetries),
            _ => options.MaxRetries,
        };
        if (maxRetries == 0)
        {
            return new(Action.Fail, now, reason);
        }

        if (countedAttempts > maxRetries)
        {
            return new(Action.DeadLetter, now, $"Failed after {countedAttempts} attempts. Last: {reason}");
        }

        // 1, 2, 4 × the base delay; "later" errors (queue full, daily caps) wait four times longer.
        var delay = options.RetryBaseDelay * Math.Pow(2, countedAttempts - 1) * (retryClass == RetryClass.Later ? 4 : 1);
        return new(Action.Retry, now + Jitter(delay, random), reason);
    }

    // ±20 %: many messages failing together come back spread out.
    private static TimeSpan Jitter(TimeSpan delay, Func<double> random) => delay * (0.8 + (0.4 * random()));
}
