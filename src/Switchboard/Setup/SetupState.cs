using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Switchboard.Setup;

/// <summary>Whether start-up setup finished; read by the readiness check.</summary>
public sealed class SetupState : IHealthCheck
{
    private volatile string? failure;
    private volatile bool completed;

    public void Completed() => completed = true;

    public void Failed(string reason) => failure = reason;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(failure is not null
            ? HealthCheckResult.Unhealthy($"Start-up setup failed: {failure}")
            : completed
                ? HealthCheckResult.Healthy("Organisation, Twilio account and number are set up.")
                : HealthCheckResult.Unhealthy("Start-up setup is still running."));
}
