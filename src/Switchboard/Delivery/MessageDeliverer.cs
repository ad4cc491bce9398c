using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Messaging;
using Switchboard.Twilio.Messaging;
using Switchboard.Twilio.Rest;
using Switchboard.TwilioAccount;

namespace Switchboard.Delivery;

/// <summary>
/// Hands one claimed outbox row to Twilio. The call is marked as started (committed) before it is
/// made, so that a crash in between leaves evidence: the next claim reconciles against Twilio's
/// message list before sending again, and the message reaches its handset once.
/// </summary>
public sealed partial class MessageDeliverer(
    SwitchboardDbContext db, OrganizationTwilioAccounts accounts, TwilioMessageLookup lookup, StatusCallbackUrl callbacks,
    DeliveryOutcomes outcomes, IOptions<DeliveryOptions> options, TimeProvider time, ILogger<MessageDeliverer> logger)
{
    public async Task DeliverAsync(Guid outboxId, CancellationToken ct)
    {
        var outbox = await db.OutboxMessages.SingleOrDefaultAsync(o => o.Id == outboxId, ct);
        var message = outbox is null ? null : await db.Messages.SingleOrDefaultAsync(m => m.Id == outbox.MessageId, ct);
        if (outbox is null || message is null)
        {
            return;
        }

        if (message.TwilioSid is not null || MessageStatusRank.IsFinal(MessageStatusWriter.Word(message.Status)))
        {
            // A callback carrying our id already told us Twilio has it: the call whose answer was lost went through.
            if (message.TwilioSid is { } sid && await db.DeliveryAttempts.Where(a => a.MessageId == message.Id && a.TwilioSid == null
                    && (a.Outcome == AttemptOutcome.OutcomeUnknown || a.Outcome == AttemptOutcome.ServerError || a.Outcome == AttemptOutcome.Pending))
                .OrderByDescending(a => a.Number).FirstOrDefaultAsync(ct) is { } lost)
            {
                LogReconciled(logger, message.Id, sid);
                lost.Outcome = AttemptOutcome.Reconciled;
                lost.TwilioSid = sid;
                lost.Counted = true;
                lost.FinishedAt ??= time.GetUtcNow().UtcDateTime;
                message.AttemptCount++;
            }

            db.OutboxMessages.Remove(outbox);
            await db.SaveChangesAsync(ct);
            return;
        }

        var twilio = await accounts.ClientForAsync(message.OrganizationId, ct);
        if (outbox.SendStartedAt is { } calledAt && await lookup.FindAsync(twilio, message, calledAt, ct) is { } found)
        {
            LogReconciled(logger, message.Id, found.Sid);
            await outcomes.AcceptedAsync(outbox, message, found, AttemptOutcome.Reconciled, await NextAttemptAsync(message, ct), ct);
            return;
        }

        if (message.ContactId is { } contactId && await db.Contacts.AnyAsync(c => c.Id == contactId && c.OptedOut, ct))
        {
            // Opted out after it was queued: consent is checked again at the last moment.
            await outcomes.FinalAsync(outbox, message, null, RetryPolicy.OptedOutCode, "The recipient opted out before the message was sent.", deadLetter: false, ct);
            return;
        }

        var attempt = await NextAttemptAsync(message, ct);
        outbox.SendStartedAt = time.GetUtcNow().UtcDateTime;
        outbox.LeaseUntil = outbox.SendStartedAt + options.Value.LeaseDuration;
        await db.SaveChangesAsync(ct);

        MessageResource created;
        try
        {
            created = await twilio.Messages.CreateAsync(new CreateMessageRequest
            {
                To = message.To, From = message.From, Body = message.Body, StatusCallback = callbacks.For(message.Id),
            }, ct);
        }
        catch (TwilioApiException error)
        {
            await outcomes.RefusedAsync(outbox, message, attempt, error, ct);
            return;
        }

        await outcomes.AcceptedAsync(outbox, message, created, AttemptOutcome.Accepted, attempt, ct);
    }

    /// <summary>Records Twilio's refusal of a call prepared by <see cref="SendPreparation"/>.</summary>
    public async Task RefusedAsync(PreparedSend send, TwilioApiException error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(send);
        if ((await PreparedSendRows.LoadAsync(db, [send], ct)).Find(send) is (var outbox, var message, var attempt))
        {
            await outcomes.RefusedAsync(outbox, message, attempt, error, ct);
        }
    }

    private async Task<DeliveryAttempt> NextAttemptAsync(Message message, CancellationToken ct)
    {
        var number = await db.DeliveryAttempts.CountAsync(a => a.MessageId == message.Id, ct) + 1;
        var attempt = new DeliveryAttempt
        {
            OrganizationId = message.OrganizationId, MessageId = message.Id, Number = number, StartedAt = time.GetUtcNow().UtcDateTime,
        };
        db.DeliveryAttempts.Add(attempt);
        return attempt;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} had reached Twilio as {Sid} before the outcome was lost; not sending it again")]
    private static partial void LogReconciled(ILogger logger, Guid messageId, string? sid);
}
