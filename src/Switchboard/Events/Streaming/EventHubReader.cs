using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Events.Webhooks;
using Switchboard.Tenancy;
using Switchboard.Workers;

namespace Switchboard.Events.Streaming;

/// <summary>
/// The one reader per process behind <see cref="EventHub"/>: reads events with ids past the
/// hub's position from the table (the source of truth), across organisations, and publishes them
/// in id order. It reads when woken (after a local commit, or a PostgreSQL NOTIFY from another
/// instance) and at least every <see cref="EventsOptions.PollMilliseconds"/> regardless, its reads
/// at least <see cref="EventsOptions.ReadSpacingMilliseconds"/> apart.
/// </summary>
public sealed partial class EventHubReader(
    IServiceScopeFactory scopes,
    EventHub hub,
    EventSignal signal,
    WebhookWakes webhooks,
    IOptions<EventsOptions> options,
    TimeProvider time,
    ILogger<EventHubReader> logger) : BackgroundService
{
    private const int BatchSize = 500;

    // While a gap holds later ids back, look again at this pace rather than the full poll interval.
    private static readonly TimeSpan GapRecheck = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cursor = await StartCursorAsync(stoppingToken);
        var poll = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
        var spacing = new PassSpacing(TimeSpan.FromMilliseconds(options.Value.ReadSpacingMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            await spacing.BeforePassAsync(stoppingToken);
            try
            {
                bool more;
                do
                {
                    more = await ReadOnceAsync(cursor, stoppingToken);
                }
                while (more);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogReadFailed(e);
            }

            await signal.WaitAsync(cursor.WaitingOnGap ? GapRecheck : poll, time, stoppingToken);
        }
    }

    private async Task<OrderedCursor> StartCursorAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                var last = await WithSystemDbAsync(db => db.Events.MaxAsync(e => (long?)e.Id, ct));
                hub.Start(last ?? 0);
                return new OrderedCursor(last ?? 0, TimeSpan.FromMilliseconds(options.Value.GapSettleMilliseconds), time);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may still be migrating at start; keep trying.
                LogReadFailed(e);
                await Task.Delay(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), time, ct);
            }
        }
    }

    /// <summary>Publishes what may go out now; true when a full batch suggests more is waiting.</summary>
    private async Task<bool> ReadOnceAsync(OrderedCursor cursor, CancellationToken ct)
    {
        var after = cursor.Position;
        var rows = await WithSystemDbAsync(db => db.Events.AsNoTracking()
            .Where(e => e.Id > after).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(ct));
        var released = cursor.Release(rows, e => e.Id);
        if (released.Count > 0)
        {
            hub.Publish(released);
            // The same events may be wanted by webhook endpoints: the fan-out need not wait for its poll.
            webhooks.FanOut.Wake();
        }

        return rows.Count == BatchSize && released.Count == rows.Count;
    }

    private async Task<T> WithSystemDbAsync<T>(Func<SwitchboardDbContext, Task<T>> read)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>();
        using (tenant.AsSystem())
        {
            return await read(scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The event stream reader could not read the events table; it will try again")]
    private partial void LogReadFailed(Exception exception);
}
