using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Messaging;
using Switchboard.Tenancy;

namespace Switchboard.Delivery;

/// <summary>
/// Records a batch of accepted calls in one transaction, each exactly as
/// <see cref="DeliveryOutcomes.AcceptedAsync"/> records one (attempt, outbox row deleted, sid,
/// <c>sms_sent</c>, the accepted status and its history). If the batch fails to save (a status
/// already recorded by another instance, a row changed under it) it is rolled back and each send
/// recorded on its own through <see cref="DeliveryOutcomes"/>.
/// </summary>
internal static class AcceptedSendBatch
{
    public static async Task<IReadOnlyList<bool>> RecordAsync(IServiceScopeFactory scopes, IReadOnlyList<AcceptedSend> batch, CancellationToken ct)
    {
        try
        {
            return await InScopeAsync(scopes, batch, ct);
        }
        catch (DbUpdateException) when (batch.Count > 1)
        {
            var recorded = new List<bool>(batch.Count);
            foreach (var accepted in batch)
            {
                recorded.Add(await OneAsync(scopes, accepted, ct));
            }

            return recorded;
        }
    }

    private static async Task<IReadOnlyList<bool>> InScopeAsync(IServiceScopeFactory scopes, IReadOnlyList<AcceptedSend> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        using var system = scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem();
        var rows = await PreparedSendRows.LoadAsync(db, batch.Select(a => a.Send).ToList(), ct);
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var recorded = new List<bool>(batch.Count);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var accepted in batch)
        {
            if (rows.Find(accepted.Send) is not (var outbox, var message, var attempt))
            {
                recorded.Add(false);
                continue;
            }

            DeliveryOutcomes.StageAccepted(db, outbox, message, accepted.Resource, AttemptOutcome.Accepted, attempt, now);
            if (MessageStatusWriter.Parse(accepted.Resource.Status) is { } status)
            {
                await MessageStatusWriter.StageAsync(db, message, new(status, now, StatusSource.Api), ct);
            }

            recorded.Add(true);
        }

        await StagedStatusRows.InsertAsync(scope.ServiceProvider, db, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        return recorded;
    }

    private static async Task<bool> OneAsync(IServiceScopeFactory scopes, AcceptedSend accepted, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(accepted.Send.OrganizationId);
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        if ((await PreparedSendRows.LoadAsync(db, [accepted.Send], ct)).Find(accepted.Send) is not (var outbox, var message, var attempt))
        {
            return false;
        }

        await scope.ServiceProvider.GetRequiredService<DeliveryOutcomes>().AcceptedAsync(outbox, message, accepted.Resource, AttemptOutcome.Accepted, attempt, ct);
        return true;
    }
}
