using Microsoft.Extensions.Diagnostics.HealthChecks;
using Switchboard.Sandbox;

namespace Switchboard.Setup;

/// <summary>Whether start-up setup finished; read by the readiness check.</summary>
public sealed class SetupState : IHealthCheck
{
    private volatile string? failure;
    private volatile bool completed;

    /// <summary>What start-up printed; holds the sandbox developer key, so it is never logged.</summary>
    public StartupBanner? Banner { get; private set; }

    public void Completed(StartupBanner banner)
    {
        Banner = banner;
        completed = true;
    }

    public void Failed(string reason) => failure = reason;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(failure is not null
            ? HealthCheckResult.Unhealthy($"Start-up setup failed: {failure}")
            : completed
                ? HealthCheckResult.Healthy("Organisation, Twilio account and number are set up.")
                // Degraded, not Unhealthy: still starting is not a fault worth an error log line.
                : HealthCheckResult.Degraded("Start-up setup is still running."));
}
