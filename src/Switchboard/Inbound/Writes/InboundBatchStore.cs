using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Inbound.Writes;

/// <summary>
/// The EF Core side of group commit: one scope, one SaveChanges (one transaction) per batch.
/// Duplicates are filtered before the insert, inside the batch and against the table; a
/// duplicate that slips in between (another instance committing the same MessageSid at once)
/// shows as a unique violation, and the batch is tried again with a fresh look at the table.
/// </summary>
public sealed class InboundBatchStore(IServiceScopeFactory scopes) : IInboundBatchStore
{
    private const int Attempts = 3;

    public async Task<IReadOnlyList<InboundWriteOutcome>> StoreAsync(IReadOnlyList<InboundWrite> batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStoreAsync(batch, ct);
            }
            catch (DbUpdateException error) when (attempt < Attempts && UniqueViolation.Is(error))
            {
                // Someone else stored one of these keys after our check: look again.
            }
        }
    }

    private async Task<IReadOnlyList<InboundWriteOutcome>> TryStoreAsync(IReadOnlyList<InboundWrite> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        using var system = scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var keys = batch.Select(w => w.Event.DedupeKey).Distinct(StringComparer.Ordinal).ToList();
        var taken = (await db.WebhookEvents.AsNoTracking().Where(e => keys.Contains(e.DedupeKey)).Select(e => e.DedupeKey).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);

        var outcomes = new InboundWriteOutcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var write = batch[i];
            // Add returns false for a key already in the table or earlier in this batch.
            if (!taken.Add(write.Event.DedupeKey))
            {
                outcomes[i] = InboundWriteOutcome.Duplicate;
                continue;
            }

            db.WebhookEvents.Add(write.Event);
            db.InboundJobs.Add(write.Job);
            outcomes[i] = InboundWriteOutcome.Stored;
        }

        if (outcomes.Contains(InboundWriteOutcome.Stored))
        {
            await db.SaveChangesAsync(ct);
        }

        return outcomes;
    }
}
