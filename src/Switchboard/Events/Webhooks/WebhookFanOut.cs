using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Events.Streaming;
using Switchboard.Tenancy;
using Switchboard.Workers;

namespace Switchboard.Events.Webhooks;

/// <summary>
/// Turns committed events into delivery rows for the endpoints that want them. It follows the
/// events table with a shared cursor row (event_cursors), locked for the pass on PostgreSQL, so
/// each event is fanned out once across instances, in id order, with the same late-commit care
/// as the live stream (<see cref="OrderedCursor"/>).
/// </summary>
public sealed partial class WebhookFanOut(
    IServiceScopeFactory scopes,
    IOptions<WebhooksOptions> options,
    IOptions<EventsOptions> events,
    TimeProvider time,
    WebhookWakes wakes,
    ILogger<WebhookFanOut> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private OrderedCursor? _cursor;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var spacing = new PassSpacing(TimeSpan.FromMilliseconds(options.Value.FanOutSpacingMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            await spacing.BeforePassAsync(stoppingToken);
            try
            {
                while (await FanOutOnceAsync(stoppingToken) == BatchSize)
                {
                    // A full batch: more are waiting.
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFanOutFailed(e);
            }

            await wakes.FanOut.WaitAsync(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), time, stoppingToken);
        }
    }

    /// <summary>One pass; returns how many events it released.</summary>
    public async Task<int> FanOutOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        using var system = scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem();
        // Nothing after where this instance last saw the shared cursor means nothing after the cursor
        // itself (it only moves forward): skip the locking transaction, which on SQLite is a write.
        var seen = _cursor?.Position;
        if (seen is not null && !await db.Events.AnyAsync(e => e.Id > seen, ct))
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The row lock makes instances take turns (SQLite has a single writer and no FOR UPDATE).
        var sql = db.Database.IsNpgsql()
            ? "SELECT * FROM event_cursors WHERE name = {0} FOR UPDATE"
            : "SELECT * FROM event_cursors WHERE name = {0}";
        var rows = await db.EventCursors()
            .FromSqlRaw(sql, EventCursor.WebhookFanOut)
            .ToListAsync(ct);
        var row = rows.Single();
        if (_cursor is null || _cursor.Position != row.Position)
        {
            // Another instance moved on (or first pass): continue from the shared position.
            _cursor = new OrderedCursor(row.Position, TimeSpan.FromMilliseconds(events.Value.GapSettleMilliseconds), time);
        }

        var after = row.Position;
        var endpoints = await db.WebhookEndpoints().AsNoTracking().Where(e => e.DisabledAt == null).ToListAsync(ct);
        if (endpoints.Count == 0)
        {
            // Nobody wants deliveries: only the cursor moves, and the ids are all it needs.
            var ids = await db.Events.Where(e => e.Id > after).OrderBy(e => e.Id).Take(BatchSize).Select(e => e.Id).ToListAsync(ct);
            return await MoveAsync(db, transaction, row, _cursor.Release(ids, id => id).Count, ct);
        }

        var read = await db.Events.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(ct);
        var released = _cursor.Release(read, e => e.Id);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var record in released)
        {
            foreach (var endpoint in endpoints.Where(e => Wants(e, record)))
            {
                db.WebhookDeliveries().Add(new WebhookDelivery
                {
                    OrganizationId = record.OrganizationId,
                    EndpointId = endpoint.Id,
                    EventId = record.Id,
                    EventType = record.Type,
                    Payload = Encoding.UTF8.GetString(EventJson.Render(record)),
                    NextAttemptAt = now,
                    RetryUntil = now + options.Value.RetryFor,
                    CreatedAt = now,
                });
            }
        }

        await MoveAsync(db, transaction, row, released.Count, ct);
        if (db.ChangeTracker.Entries<WebhookDelivery>().Any())
        {
            wakes.Dispatch.Wake();
        }

        return released.Count;
    }

    // Saves the pass (the cursor's new position and any deliveries) when it released anything.
    private async Task<int> MoveAsync(SwitchboardDbContext db, IDbContextTransaction transaction, EventCursor row, int released, CancellationToken ct)
    {
        if (released == 0)
        {
            return 0;
        }

        row.Position = _cursor!.Position;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return released;
    }

    private static bool Wants(WebhookEndpoint endpoint, EventRecord record) =>
        endpoint.OrganizationId == record.OrganizationId
        && record.Id > endpoint.AfterEventId
        && endpoint.EventTypeList.Contains(record.Type, StringComparer.Ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turning events into webhook deliveries failed; it will try again")]
    private partial void LogFanOutFailed(Exception exception);
}
