using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Messaging;
using Switchboard.Tenancy;
using Switchboard.Twilio.Messaging;
using Switchboard.Twilio.Rest;
using Switchboard.TwilioAccount;

namespace Switchboard.Delivery;

/// <summary>A claimed row ready for its call to Twilio: its attempt is stored and the call marked as started.</summary>
public sealed record PreparedSend(Guid OutboxId, Guid MessageId, Guid OrganizationId, Guid AttemptId, TwilioRestClient Twilio, CreateMessageRequest Request);

/// <summary>
/// The bookkeeping before the calls, for a whole claimed batch at once (ADR 0014): the batch's
/// outbox rows, messages, opted-out recipients and attempt counts in four queries, then every
/// fresh row's attempt and its "call started" mark in one transaction. Rows that need more than a
/// plain send (an earlier call with an unknown outcome to reconcile, a sid already known, a final
/// status, a recipient who opted out, credentials that cannot be read) are handed back for
/// <see cref="MessageDeliverer"/>, which treats them one at a time as before.
/// </summary>
public sealed class SendPreparation(
    SwitchboardDbContext db, ITenantContext tenant, OrganizationTwilioAccounts accounts, StatusCallbackUrl callbacks,
    IOptions<DeliveryOptions> options, TimeProvider time)
{
    public sealed record Result(IReadOnlyList<(PreparedSend Send, DateTimeOffset Slot)> Ready, IReadOnlyList<(OutboxClaimer.Claimed Row, DateTimeOffset Slot)> Others);

    public async Task<Result> PrepareAsync(IReadOnlyList<(OutboxClaimer.Claimed Row, DateTimeOffset Slot)> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ready = new List<(PreparedSend, DateTimeOffset)>(rows.Count);
        var others = new List<(OutboxClaimer.Claimed, DateTimeOffset)>();
        if (rows.Count == 0)
        {
            return new(ready, others);
        }

        using var system = tenant.AsSystem();
        var outboxIds = rows.Select(r => r.Row.Id).ToList();
        var messageIds = rows.Select(r => r.Row.MessageId).ToList();
        var outboxes = await db.OutboxMessages.Where(o => outboxIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var messages = await db.Messages.Where(m => messageIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var contactIds = messages.Values.Where(m => m.ContactId is not null).Select(m => m.ContactId!.Value).Distinct().ToList();
        var optedOut = (await db.Contacts.Where(c => contactIds.Contains(c.Id) && c.OptedOut).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var attempts = await db.DeliveryAttempts.Where(a => messageIds.Contains(a.MessageId))
            .GroupBy(a => a.MessageId).Select(g => new { MessageId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.MessageId, g => g.Count, ct);
        var clients = await ClientsAsync(messages.Values.Select(m => m.OrganizationId).Distinct(), ct);

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (row, slot) in rows)
        {
            if (!outboxes.TryGetValue(row.Id, out var outbox) || !messages.TryGetValue(row.MessageId, out var message)
                || message.OrganizationId != outbox.OrganizationId || !IsPlainSend(outbox, message, optedOut)
                || !clients.TryGetValue(message.OrganizationId, out var twilio))
            {
                others.Add((row, slot));
                continue;
            }

            var attempt = new DeliveryAttempt
            {
                OrganizationId = message.OrganizationId, MessageId = message.Id, Number = attempts.GetValueOrDefault(message.Id) + 1, StartedAt = now,
            };
            db.DeliveryAttempts.Add(attempt);
            outbox.SendStartedAt = now;
            // The lease covers the wait for the pacing slot as well as the call.
            outbox.LeaseUntil = (slot.UtcDateTime > now ? slot.UtcDateTime : now) + options.Value.LeaseDuration;
            var request = new CreateMessageRequest { To = message.To, From = message.From, Body = message.Body, StatusCallback = callbacks.For(message.Id) };
            ready.Add((new PreparedSend(outbox.Id, message.Id, message.OrganizationId, attempt.Id, twilio, request), slot));
        }

        await db.SaveChangesAsync(ct);
        return new(ready, others);
    }

    private static bool IsPlainSend(OutboxMessage outbox, Message message, HashSet<Guid> optedOut) =>
        outbox.SendStartedAt is null
        && message.TwilioSid is null
        && !MessageStatusRank.IsFinal(MessageStatusWriter.Word(message.Status))
        && !(message.ContactId is { } contactId && optedOut.Contains(contactId));

    // An organisation whose credentials cannot be read gets no client: its rows take the one-at-a-time path, which logs why.
    private async Task<Dictionary<Guid, TwilioRestClient>> ClientsAsync(IEnumerable<Guid> organizations, CancellationToken ct)
    {
        var clients = new Dictionary<Guid, TwilioRestClient>();
        foreach (var organization in organizations)
        {
            try
            {
                clients[organization] = await accounts.ClientForAsync(organization, ct);
            }
            catch (InvalidOperationException)
            {
            }
        }

        return clients;
    }
}
