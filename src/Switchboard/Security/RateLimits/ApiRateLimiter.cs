using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Switchboard.Api;
using Switchboard.Tenancy;

namespace Switchboard.Security.RateLimits;

/// <summary>
/// One global limiter chaining a per-key and a per-address window, applied to the API only:
/// Twilio does not retry a webhook answered with 429, so limiting webhooks would lose messages.
/// </summary>
public static class ApiRateLimiter
{
    public static void Configure(RateLimiterOptions limiter, RateLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(limits);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !limits.Enabled || !IsApi(context) || KeyPrefix(context) is not { } prefix
                    ? RateLimitPartition.GetNoLimiter("none")
                    : RateLimitPartition.GetFixedWindowLimiter("key:" + prefix, _ => Window(limits.PerKeyPermitLimit, limits.Window))),
            PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !limits.Enabled || !IsApi(context)
                    ? RateLimitPartition.GetNoLimiter("none")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                        _ => Window(limits.PerAddressPermitLimit, limits.Window))));
        limiter.OnRejected = RejectAsync;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(ApiFeature.Prefix, StringComparison.OrdinalIgnoreCase);

    // The prefix names the key without the secret; an unknown prefix still gets its own window,
    // and the per-address window bounds how many such windows one client can open.
    private static string? KeyPrefix(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? ApiKeyHasher.PrefixOf(header["Bearer ".Length..].Trim())
            : null;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        await TooManyRequests(rejected.HttpContext.Response, retryAfter).ExecuteAsync(rejected.HttpContext);
    }

    /// <summary>429 with Retry-After in whole seconds, as problem details.</summary>
    public static IResult TooManyRequests(HttpResponse response, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(response);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"The rate limit was reached; retry after {seconds} seconds.");
    }

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            Configure(limiter, limits.Value);
            SignInRateLimits.Configure(limiter, limits.Value);
        });
        services.AddSingleton<SignInEmailLimiter>();
        return services;
    }
}
