using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Messaging;

namespace Switchboard.Delivery;

/// <summary>
/// Records a status reported for a message. The history row (unique per message and status) is
/// the idempotency key, so a repeated callback changes nothing; the status itself moves only
/// forward by rank, in one conditional UPDATE, so two callbacks racing cannot move it backwards.
/// The status's own timestamp is kept even when a later status had already arrived. Everything,
/// including the caller's pending changes, commits in one transaction.
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

    /// <summary>Applies the report and saves the caller's pending changes with it, in the caller's transaction if it has one.</summary>
    public static async Task<Outcome> ApplyAsync(SwitchboardDbContext db, Message message, Report report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(report);
        if (db.Database.CurrentTransaction is not null)
        {
            // The caller commits; EF's savepoint around SaveChanges keeps its transaction usable after a duplicate.
            return await StageAndSaveAsync(db, message, report, ct);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var outcome = await StageAndSaveAsync(db, message, report, ct);
        await transaction.CommitAsync(ct);
        return outcome;
    }

    /// <summary>
    /// Inside the caller's open transaction: the duplicate check, the forward-only status UPDATE and
    /// the timestamp, with the history row and events added to the unit of work (the caller saves).
    /// </summary>
    public static async Task<Outcome> StageAsync(SwitchboardDbContext db, Message message, Report report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(report);
        if (StagedAlready(db, message.Id, report.Status)
            || await db.MessageStatusChanges.AnyAsync(c => c.MessageId == message.Id && c.Status == report.Status, ct))
        {
            return Outcome.Duplicate;
        }

        var applied = await MessageStatusColumns.AdvanceAsync(db, message.Id, report, ct) == 1;
        await MessageStatusColumns.StampAsync(db, message.Id, report.Status, report.At, ct);
        Record(db, new StatusTarget(message.Id, message.OrganizationId, message.TwilioSid, message.To, message.From, message.Status), report, applied);
        return applied ? Outcome.Applied : Outcome.Stale;
    }

    /// <summary>The history row of a report that was not a duplicate and, when it moved the status, its events.</summary>
    internal static void Record(SwitchboardDbContext db, StatusTarget message, Report report, bool applied)
    {
        db.MessageStatusChanges.Add(new MessageStatusChange
        {
            OrganizationId = message.OrganizationId, MessageId = message.Id, Status = report.Status, Source = report.Source, Applied = applied,
            ErrorCode = report.ErrorCode, RawDlrDoneDate = report.RawDlrDoneDate, OccurredAt = report.At,
        });
        if (applied)
        {
            var data = new { messageId = message.Id, twilioSid = message.TwilioSid, to = message.To, from = message.From, status = Word(report.Status), errorCode = report.ErrorCode };
            // The message's organisation, stated: the callback writer works in a system scope.
            db.AddEvent(EventTypes.SmsStatusUpdate, data).OrganizationId = message.OrganizationId;
            if (report.Status is MessageStatus.Failed or MessageStatus.Undelivered)
            {
                db.AddEvent(EventTypes.SmsDeliveryFailed, data).OrganizationId = message.OrganizationId;
            }
        }
    }

    public static string Word(MessageStatus status) => MessageStatusColumns.Word(status);

    // Added rows are tracked the moment they are added: looking at them needs no change detection,
    // which on a batch's unit of work would scan every tracked entity for every report.
    private static bool StagedAlready(SwitchboardDbContext db, Guid messageId, MessageStatus status)
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.MessageStatusChanges.Local.Any(c => c.MessageId == messageId && c.Status == status);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    public static MessageStatus? Parse(string? word) => MessageStatusColumns.Parse(word);

    private static async Task<Outcome> StageAndSaveAsync(SwitchboardDbContext db, Message message, Report report, CancellationToken ct)
    {
        await using var savepoint = await SavepointAsync(db, ct);
        var outcome = await StageAsync(db, message, report, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return outcome;
        }
        catch (DbUpdateException) when (outcome != Outcome.Duplicate)
        {
            // Another instance stored this status first (PostgreSQL; SQLite's writes are serialised):
            // undo this report's statements, keep the caller's changes, and save those alone.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added
                && e.Entity is MessageStatusChange or EventRecord && !savepoint.Before.Contains(e.Entity)).ToList())
            {
                entry.State = EntityState.Detached;
            }

            await savepoint.RollbackAsync(ct);
            await db.SaveChangesAsync(ct);
            return Outcome.Duplicate;
        }
    }

    private static async Task<Savepoint> SavepointAsync(SwitchboardDbContext db, CancellationToken ct)
    {
        var before = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToHashSet();
        var transaction = db.Database.CurrentTransaction!;
        await transaction.CreateSavepointAsync(Savepoint.Name, ct);
        return new Savepoint(transaction, before);
    }

    private sealed class Savepoint(IDbContextTransaction transaction, HashSet<object> before) : IAsyncDisposable
    {
        public const string Name = "status_report";

        public HashSet<object> Before { get; } = before;

        public Task RollbackAsync(CancellationToken ct) => transaction.RollbackToSavepointAsync(Name, ct);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
