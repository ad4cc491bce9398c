using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Events;
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
        var rows = await Rows.LoadAsync(db, batch.Select(a => a.Send).ToList(), ct);
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

            var resource = accepted.Resource;
            attempt.Outcome = AttemptOutcome.Accepted;
            attempt.TwilioSid = resource.Sid;
            attempt.FinishedAt = now;
            message.AttemptCount++;
            db.OutboxMessages.Remove(outbox);
            db.AddEvent(EventTypes.SmsSent, new { messageId = message.Id, twilioSid = resource.Sid, to = message.To, from = message.From, status = resource.Status })
                .OrganizationId = message.OrganizationId;
            // A status callback carrying our id may have stored the sid already: it is the same sid.
            message.TwilioSid ??= resource.Sid;
            if (MessageStatusWriter.Parse(resource.Status) is { } status)
            {
                await MessageStatusWriter.StageAsync(db, message, new(status, now, StatusSource.Api), ct);
            }

            recorded.Add(true);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return recorded;
    }

    private static async Task<bool> OneAsync(IServiceScopeFactory scopes, AcceptedSend accepted, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(accepted.Send.OrganizationId);
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        if ((await Rows.LoadAsync(db, [accepted.Send], ct)).Find(accepted.Send) is not (var outbox, var message, var attempt))
        {
            return false;
        }

        await scope.ServiceProvider.GetRequiredService<DeliveryOutcomes>().AcceptedAsync(outbox, message, accepted.Resource, AttemptOutcome.Accepted, attempt, ct);
        return true;
    }

    /// <summary>The tracked outbox rows, messages and attempts of some sends, three queries in all.</summary>
    internal sealed class Rows(Dictionary<Guid, OutboxMessage> outboxes, Dictionary<Guid, Message> messages, Dictionary<Guid, DeliveryAttempt> attempts)
    {
        public static async Task<Rows> LoadAsync(SwitchboardDbContext db, IReadOnlyList<PreparedSend> sends, CancellationToken ct)
        {
            var outboxIds = sends.Select(s => s.OutboxId).ToList();
            var messageIds = sends.Select(s => s.MessageId).ToList();
            var attemptIds = sends.Select(s => s.AttemptId).ToList();
            return new(
                await db.OutboxMessages.Where(o => outboxIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct),
                await db.Messages.Where(m => messageIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct),
                await db.DeliveryAttempts.Where(a => attemptIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct));
        }

        public (OutboxMessage Outbox, Message Message, DeliveryAttempt Attempt)? Find(PreparedSend send) =>
            outboxes.TryGetValue(send.OutboxId, out var outbox) && messages.TryGetValue(send.MessageId, out var message)
                && attempts.TryGetValue(send.AttemptId, out var attempt) && message.OrganizationId == send.OrganizationId
                ? (outbox, message, attempt)
                : null;
    }
}
