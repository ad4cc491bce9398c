using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Messaging;
using Switchboard.Tenancy;

namespace Switchboard.Delivery;

/// <summary>
/// Records a batch of status callbacks in one transaction, in arrival order, each with the same
/// statements as a single one (<see cref="MessageStatusWriter.StageAsync"/>), so ranks still only
/// move forward. If another instance stored one of the statuses meanwhile (a unique violation on
/// PostgreSQL), the batch is rolled back and each callback recorded on its own.
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
        catch (DbUpdateException) when (batch.Count > 1)
        {
            var outcomes = new List<MessageStatusWriter.Outcome?>(batch.Count);
            foreach (var write in batch)
            {
                outcomes.Add((await InScopeAsync(scopes, [write], ct))[0]);
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
        var outcomes = new List<MessageStatusWriter.Outcome?>(batch.Count);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var write in batch)
        {
            var message = await FindAsync(db, write, ct);
            if (message is null)
            {
                outcomes.Add(null);
                continue;
            }

            if (message.TwilioSid is null)
            {
                // The callback beat the API answer (or the answer was lost in a crash): the sid is ours now.
                await db.Messages.Where(m => m.Id == message.Id && m.TwilioSid == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.TwilioSid, write.Sid), ct);
                message.TwilioSid = write.Sid;
            }

            outcomes.Add(await MessageStatusWriter.StageAsync(db, message, write.Report, ct));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return outcomes;
    }

    private static async Task<Message?> FindAsync(SwitchboardDbContext db, StatusCallbackWrite write, CancellationToken ct)
    {
        Message? message = null;
        if (write.MessageId is { } mid)
        {
            message = await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mid, ct);
        }

        message ??= await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.TwilioSid == write.Sid, ct);
        return message is not null && (write.OrganizationId is null || message.OrganizationId == write.OrganizationId) ? message : null;
    }
}
