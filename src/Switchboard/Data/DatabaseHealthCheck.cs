using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Switchboard.Data;

/// <summary>Part of /health/ready: the database answers.</summary>
internal sealed class DatabaseHealthCheck(SwitchboardDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, "The database does not answer.");
}
