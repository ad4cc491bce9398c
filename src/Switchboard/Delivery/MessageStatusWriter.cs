using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Messaging;
using Switchboard.Twilio.Messaging;

namespace Switchboard.Delivery;

/// <summary>
/// Records a status reported for a message. The history row (unique per message and status) is
/// the idempotency key, so a repeated callback changes nothing; the status itself moves only
/// forward by rank, in one conditional UPDATE, so two callbacks racing cannot move it backwards.
/// The status's own timestamp is kept even when a later status had already arrived.
/// </summary>
public static class MessageStatusWriter
{
    public enum Outcome
    {
        Duplicate,
        Applied,
        Stale,
    }

    public sealed record Report(MessageStatus Status, DateTime At, StatusSource Source, int? ErrorCode = null, string? ErrorMessage = null, string? RawDlrDoneDate = null);

    public static async Task<Outcome> ApplyAsync(SwitchboardDbContext db, Message message, Report report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(report);

        // The usual repeat (the API answering "queued" for a message the outbox recorded as queued,
        // a retried callback) is found by a read; the unique index below only settles real races,
        // whose failed insert would otherwise be logged as a database error on every send.
        if (await db.MessageStatusChanges.AnyAsync(c => c.MessageId == message.Id && c.Status == report.Status, ct))
        {
            return Outcome.Duplicate;
        }

        // A caller's pending changes are its own: they must not be rolled back with a duplicate below.
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var change = new MessageStatusChange
        {
            OrganizationId = message.OrganizationId, MessageId = message.Id, Status = report.Status, Source = report.Source,
            ErrorCode = report.ErrorCode, RawDlrDoneDate = report.RawDlrDoneDate, OccurredAt = report.At,
        };
        db.MessageStatusChanges.Add(change);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.Entry(change).State = EntityState.Detached;
            return Outcome.Duplicate;
        }

        var status = report.Status;
        var allowed = Enum.GetValues<MessageStatus>().Where(s => MessageStatusRank.CanAdvance(Word(s), Word(status))).ToList();
        var column = TimestampOf(status);
        var rows = await db.Messages.Where(m => m.Id == message.Id && EF.Constant(allowed).Contains(m.Status)).ExecuteUpdateAsync(set =>
        {
            set.SetProperty(m => m.Status, status).SetProperty(m => m.UpdatedAt, report.At);
            if (report.ErrorCode is not null)
            {
                set.SetProperty(m => m.ErrorCode, report.ErrorCode).SetProperty(m => m.ErrorMessage, report.ErrorMessage);
            }

            if (report.RawDlrDoneDate is not null)
            {
                set.SetProperty(m => m.RawDlrDoneDate, report.RawDlrDoneDate);
            }
        }, ct);
        if (column is not null)
        {
            await db.Messages.Where(IdWithNull(message.Id, column)).ExecuteUpdateAsync(set => set.SetProperty(column, report.At), ct);
        }

        change.Applied = rows == 1;
        if (change.Applied)
        {
            var data = new { messageId = message.Id, twilioSid = message.TwilioSid, to = message.To, from = message.From, status = Word(status), errorCode = report.ErrorCode };
            db.AddEvent(EventTypes.SmsStatusUpdate, data);
            if (status is MessageStatus.Failed or MessageStatus.Undelivered)
            {
                db.AddEvent(EventTypes.SmsDeliveryFailed, data);
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return change.Applied ? Outcome.Applied : Outcome.Stale;
    }

    public static string Word(MessageStatus status) => SnakeCase.From(status.ToString());

    public static MessageStatus? Parse(string? word) =>
        Enum.GetValues<MessageStatus>().Select(s => (MessageStatus?)s).FirstOrDefault(s => string.Equals(Word(s!.Value), word, StringComparison.OrdinalIgnoreCase));

    private static Expression<Func<Message, DateTime?>>? TimestampOf(MessageStatus status) => status switch
    {
        MessageStatus.Queued => m => m.QueuedAt,
        MessageStatus.Sending => m => m.SendingAt,
        MessageStatus.Sent => m => m.SentAt,
        MessageStatus.Delivered => m => m.DeliveredAt,
        MessageStatus.Failed => m => m.FailedAt,
        MessageStatus.Undelivered => m => m.UndeliveredAt,
        MessageStatus.Read => m => m.ReadAt,
        _ => null,
    };

    private static Expression<Func<Message, bool>> IdWithNull(Guid id, Expression<Func<Message, DateTime?>> column)
    {
        var m = column.Parameters[0];
        var body = Expression.AndAlso(
            Expression.Equal(Expression.Property(m, nameof(Message.Id)), Expression.Constant(id)),
            Expression.Equal(column.Body, Expression.Constant(null, typeof(DateTime?))));
        return Expression.Lambda<Func<Message, bool>>(body, m);
    }
}
