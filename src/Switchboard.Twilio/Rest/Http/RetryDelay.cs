using System.Net.Http.Headers;

namespace Switchboard.Twilio.Rest;

/// <summary>How long to wait before the next attempt.</summary>
internal static class RetryDelay
{
    /// <summary>
    /// Twilio's <c>Retry-After</c> when it sent one; otherwise capped full jitter,
    /// <c>random × min(cap, base × 2^retry)</c>, so many tenants backing off at once spread out.
    /// </summary>
    public static TimeSpan For(int retry, RetryConditionHeaderValue? retryAfter, TwilioClientOptions options, DateTimeOffset now, Func<double> random)
    {
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 30));
        var ceiling = Math.Min(options.RetryMaxDelay.TotalMilliseconds, exponential);
        return TimeSpan.FromMilliseconds(random() * ceiling);
    }
}
