using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Events;

/// <summary>Deletes events older than <see cref="EventsOptions.Retention"/>: how far back clients can resume.</summary>
public sealed partial class EventPruner(
    IServiceScopeFactory scopes, IOptions<EventsOptions> options, TimeProvider time, ILogger<EventPruner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PruneOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPruneFailed(e);
            }

            await Task.Delay(options.Value.PruneInterval, time, stoppingToken);
        }
    }

    public async Task<int> PruneOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.Retention;
        using (tenant.AsSystem())
        {
            return await db.Events.Where(e => e.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning old events failed; it will try again")]
    private partial void LogPruneFailed(Exception exception);
}
