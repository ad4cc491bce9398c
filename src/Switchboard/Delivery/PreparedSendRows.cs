using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Messaging;

namespace Switchboard.Delivery;

/// <summary>The tracked outbox rows, messages and attempts of some sends, three queries in all.</summary>
internal sealed class PreparedSendRows(Dictionary<Guid, OutboxMessage> outboxes, Dictionary<Guid, Message> messages, Dictionary<Guid, DeliveryAttempt> attempts)
{
    public static async Task<PreparedSendRows> LoadAsync(SwitchboardDbContext db, IReadOnlyList<PreparedSend> sends, CancellationToken ct)
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
