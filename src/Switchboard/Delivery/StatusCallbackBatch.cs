using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Messaging;
using Switchboard.Tenancy;

namespace Switchboard.Delivery;

/// <summary>
/// Records a batch of status callbacks in one transaction, set-based: the batch's messages and
/// their status history are read in three queries, the reports applied in arrival order in memory
/// (<see cref="MessageStatusProgress"/>: exactly as if one after another), and each message written
/// once, with the history rows and events in one SaveChanges. The write of a message holds only if
/// its status is unchanged since the read, and the unique history index refuses a status another
/// instance stored meanwhile (PostgreSQL); either way the batch is rolled back and each callback
/// recorded on its own with <see cref="MessageStatusWriter.ApplyAsync"/>, which resolves such races.
/// </summary>
internal static class StatusCallbackBatch
{
    public static async Task<IReadOnlyList<MessageStatusWriter.Outcome?>> RecordAsync(
        IServiceScopeFactory scopes, IReadOnlyList<StatusCallbackWrite> batch, CancellationToken ct)
    {
        try
        {
            return await InScopeAsync(scopes, batch, ct);
        }
        catch (DbUpdateException)
        {
            var outcomes = new List<MessageStatusWriter.Outcome?>(batch.Count);
            foreach (var write in batch)
            {
                outcomes.Add(await StatusCallbackAlone.RecordAsync(scopes, write, ct));
            }

            return outcomes;
        }
    }

    private static async Task<IReadOnlyList<MessageStatusWriter.Outcome?>> InScopeAsync(
        IServiceScopeFactory scopes, IReadOnlyList<StatusCallbackWrite> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        // Each callback names its own organisation; the messages are checked against it below.
        using var system = scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var targets = await StatusCallbackTargets.LoadAsync(db, batch, ct);
        var outcomes = new List<MessageStatusWriter.Outcome?>(batch.Count);
        foreach (var write in batch)
        {
            outcomes.Add(Apply(db, targets, write));
        }

        foreach (var progress in targets.Touched.Where(p => p.Changed))
        {
            if (await MessageStatusColumns.SettleAsync(db, progress, ct) == 0)
            {
                throw new DbUpdateConcurrencyException($"Message {progress.Target.Id} changed status while its callbacks were being recorded.");
            }
        }

        await StagedStatusRows.InsertAsync(scope.ServiceProvider, db, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        return outcomes;
    }

    private static MessageStatusWriter.Outcome? Apply(SwitchboardDbContext db, StatusCallbackTargets targets, StatusCallbackWrite write)
    {
        if (targets.Find(write) is not { } progress)
        {
            return null;
        }

        // The callback beat the API answer (or the answer was lost in a crash): the sid is ours now.
        targets.TakeSid(progress, write.Sid);
        if (!targets.History.Add((progress.Target.Id, write.Report.Status)))
        {
            return MessageStatusWriter.Outcome.Duplicate;
        }

        var applied = progress.Apply(write.Report);
        MessageStatusWriter.Record(db, progress.Target with { TwilioSid = progress.Sid }, write.Report, applied);
        return applied ? MessageStatusWriter.Outcome.Applied : MessageStatusWriter.Outcome.Stale;
    }
}
