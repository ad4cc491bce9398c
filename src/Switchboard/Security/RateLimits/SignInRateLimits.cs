using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Switchboard.Security.RateLimits;

/// <summary>
/// Sign-in is where passwords are guessed: a fixed window per client address (an endpoint
/// policy), and one per attempted email, which the handler checks once it has read the body.
/// Lockout stops guessing one account; these stop spraying many accounts and hammering one
/// address's worth of hashing.
/// </summary>
public static class SignInRateLimits
{
    public const string Policy = "sign-in";

    public static void Configure(RateLimiterOptions limiter, RateLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(limits);
        limiter.AddPolicy(Policy, context => !limits.Enabled
            ? RateLimitPartition.GetNoLimiter("none")
            : RateLimitPartition.GetFixedWindowLimiter(
                "sign-in-ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => Window(limits.SignInPerAddressPermitLimit, limits.SignInWindow)));
    }

    internal static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };
}

/// <summary>The per-email window of <see cref="SignInRateLimits"/>, keyed by the normalised email.</summary>
public sealed class SignInEmailLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(email =>
        !options.Value.Enabled
            ? RateLimitPartition.GetNoLimiter("none")
            : RateLimitPartition.GetFixedWindowLimiter(email, _ => SignInRateLimits.Window(options.Value.SignInPerEmailPermitLimit, options.Value.SignInWindow)));

    /// <summary>True when this attempt may go on; otherwise how long to wait.</summary>
    public bool TryAcquire(string normalizedEmail, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(normalizedEmail);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.SignInWindow;
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
