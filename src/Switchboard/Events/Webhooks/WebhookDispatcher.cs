using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Events.Webhooks;

/// <summary>
/// Sends due deliveries. Each is claimed with a lease by a conditional update (only one instance
/// wins a row; an instance that dies mid-send loses its lease and the row is sent again), then
/// POSTed, signed, and its outcome recorded by <see cref="WebhookAttempt"/>.
/// </summary>
public sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes,
    IOptions<WebhooksOptions> options,
    TimeProvider time,
    WebhookWakes wakes,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchOnceAsync(stoppingToken) == BatchSize)
                {
                    // A full batch: more are due.
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogDispatchFailed(e);
            }

            await wakes.Dispatch.WaitAsync(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), time, stoppingToken);
        }
    }

    /// <summary>One pass: claims up to a batch of due deliveries and sends them concurrently.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken ct)
    {
        var claimed = await ClaimAsync(ct);
        await Task.WhenAll(claimed.Select(id => SendAsync(id, ct)));
        return claimed.Count;
    }

    private async Task<List<Guid>> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        using var system = scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem();
        var now = time.GetUtcNow().UtcDateTime;
        var candidates = await db.WebhookDeliveries()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(BatchSize).ToListAsync(ct);
        var lease = now + options.Value.RequestTimeout * 2;
        var claimed = new List<Guid>(candidates.Count);
        foreach (var id in candidates)
        {
            // The condition is checked again by the update itself: of two racing instances, one changes the row.
            var won = await db.WebhookDeliveries()
                .Where(d => d.Id == id && d.Status == WebhookDeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, lease), ct);
            if (won == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    private async Task SendAsync(Guid deliveryId, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WebhookAttempt>().RunAsync(deliveryId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The lease runs out and the delivery is tried again.
            LogSendFailed(deliveryId, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dispatching webhook deliveries failed; it will try again")]
    private partial void LogDispatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} could not be recorded; it will be tried again")]
    private partial void LogSendFailed(Guid deliveryId, Exception exception);
}
