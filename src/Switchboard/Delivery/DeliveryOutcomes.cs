using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Contacts.Consent;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Messaging;
using Switchboard.Twilio.Rest;

namespace Switchboard.Delivery;

/// <summary>Records what came of a call to Twilio: accepted, to be retried, deferred, or final.</summary>
public sealed partial class DeliveryOutcomes(SwitchboardDbContext db, IOptions<DeliveryOptions> options, TimeProvider time, ILogger<DeliveryOutcomes> logger)
{
    public async Task AcceptedAsync(OutboxMessage outbox, Message message, MessageResource resource, AttemptOutcome outcome, DeliveryAttempt attempt, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        StageAccepted(db, outbox, message, resource, outcome, attempt, now);
        // One transaction: attempt, outbox row, sid, event, and the accepted status with its history.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (MessageStatusWriter.Parse(resource.Status) is { } status)
        {
            await MessageStatusWriter.ApplyAsync(db, message, new(status, now, StatusSource.Api), ct);
        }
        else
        {
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// The changes an accepted call makes, added to the unit of work (the caller saves them with the
    /// accepted status): attempt, attempt count, outbox row deleted, <c>sms_sent</c>, sid.
    /// </summary>
    internal static void StageAccepted(SwitchboardDbContext db, OutboxMessage outbox, Message message, MessageResource resource, AttemptOutcome outcome, DeliveryAttempt attempt, DateTime now)
    {
        attempt.Outcome = outcome;
        attempt.TwilioSid = resource.Sid;
        attempt.FinishedAt = now;
        message.AttemptCount++;
        db.OutboxMessages.Remove(outbox);
        // The message's organisation, stated: the batch writer works in a system scope.
        db.AddEvent(EventTypes.SmsSent, new { messageId = message.Id, twilioSid = resource.Sid, to = message.To, from = message.From, status = resource.Status })
            .OrganizationId = message.OrganizationId;
        // A status callback carrying our id may have stored the sid already: it is the same sid.
        message.TwilioSid ??= resource.Sid;
    }

    public async Task RefusedAsync(OutboxMessage outbox, Message message, DeliveryAttempt attempt, TwilioApiException error, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // The attempt that just failed is already stored (committed before the call): count the others, then it.
        var counted = await db.DeliveryAttempts.CountAsync(a => a.MessageId == message.Id && a.Counted && a.Id != attempt.Id, ct) + 1;
        var decision = RetryPolicy.Decide(error, counted, outbox.DeferredCount, options.Value, now, Random.Shared.NextDouble);
        attempt.FinishedAt = now.UtcDateTime;
        attempt.ErrorCode = error.Code;
        attempt.ErrorMessage = error.TwilioMessage ?? error.Message;
        attempt.Counted = !(error.IsRateLimited || error.IsOutcomeUnknown);
        attempt.Outcome = error.IsRateLimited ? AttemptOutcome.RateLimited
            : error.IsOutcomeUnknown ? (error.HttpStatus is >= 500 ? AttemptOutcome.ServerError : AttemptOutcome.OutcomeUnknown)
            : AttemptOutcome.Failed;
        if (attempt.Counted)
        {
            message.AttemptCount++;
        }

        LogRefused(logger, message.Id, error.HttpStatus, error.Code, decision.Action);
        switch (decision.Action)
        {
            case RetryPolicy.Action.Retry or RetryPolicy.Action.Defer or RetryPolicy.Action.Reconcile:
                outbox.DueAt = decision.At.UtcDateTime;
                outbox.LeaseUntil = null;
                outbox.LeaseOwner = null;
                outbox.DeferredCount += attempt.Counted ? 0 : 1;
                // Only an unknown outcome needs reconciling; a refusal proves nothing was sent.
                outbox.SendStartedAt = decision.Action == RetryPolicy.Action.Reconcile ? outbox.SendStartedAt : null;
                message.ErrorCode = error.Code;
                message.ErrorMessage = decision.Reason;
                await db.SaveChangesAsync(ct);
                return;
            case RetryPolicy.Action.OptOut:
                if (message.ContactId is { } contactId && await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId, ct) is { } contact)
                {
                    ContactConsent.Apply(db, contact, optedOut: true, ConsentSource.ApiError21610, $"Twilio refused message {message.Id}", now.UtcDateTime);
                }

                await FinalAsync(outbox, message, attempt, error.Code, decision.Reason, deadLetter: false, ct);
                return;
            default:
                await FinalAsync(outbox, message, attempt, error.Code, decision.Reason, decision.Action == RetryPolicy.Action.DeadLetter, ct);
                return;
        }
    }

    public async Task FinalAsync(OutboxMessage outbox, Message message, DeliveryAttempt? attempt, int? code, string reason, bool deadLetter, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (attempt is not null)
        {
            attempt.FinishedAt ??= now;
        }

        db.OutboxMessages.Remove(outbox);
        if (deadLetter)
        {
            db.DeadLetters.Add(new DeadLetter { OrganizationId = message.OrganizationId, MessageId = message.Id, Reason = reason, ErrorCode = code, CreatedAt = now });
        }

        // Saved with the failed status, in its transaction.
        await MessageStatusWriter.ApplyAsync(db, message, new(MessageStatus.Failed, now, StatusSource.Outbox, code, reason), ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio refused message {MessageId} (HTTP {HttpStatus}, code {Code}); {Action}")]
    private static partial void LogRefused(ILogger logger, Guid messageId, int? httpStatus, int? code, RetryPolicy.Action action);
}
