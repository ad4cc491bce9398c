using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Switchboard.Events.Streaming;

/// <summary>
/// Wakes the hub right after a SaveChanges that added events has committed, so the push does not
/// wait for the next poll. Inside an explicit transaction the wake waits for its commit (a wake
/// before it would find nothing to read); a rollback wakes nobody.
/// </summary>
public sealed class EventCommitInterceptors(EventSignal signal)
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public IInterceptor[] All => [new Saves(this), new Transactions(this)];

    /// <summary>
    /// Events were written on <paramref name="context"/> outside SaveChanges (plain INSERTs inside its
    /// transaction): wake the hub when that transaction commits, as for events SaveChanges wrote.
    /// </summary>
    public void WrittenInTransaction(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _pending.AddOrUpdate(context, this);
    }

    private void Saving(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<EventRecord>().Any(e => e.State == EntityState.Added))
        {
            _pending.AddOrUpdate(context, this);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null && _pending.Remove(context))
        {
            signal.Wake();
        }
    }

    private void Ended(DbContext? context, bool committed)
    {
        if (context is not null && _pending.Remove(context) && committed)
        {
            signal.Wake();
        }
    }

    private sealed class Saves(EventCommitInterceptors owner) : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            owner.Saving(eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            owner.Saving(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            owner.Saved(eventData.Context);
            return result;
        }

        public override ValueTask<int> SavedChangesAsync(
            SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            owner.Saved(eventData.Context);
            return ValueTask.FromResult(result);
        }
    }

    private sealed class Transactions(EventCommitInterceptors owner) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
            owner.Ended(eventData.Context, committed: true);

        public override Task TransactionCommittedAsync(
            DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            owner.Ended(eventData.Context, committed: true);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
            owner.Ended(eventData.Context, committed: false);

        public override Task TransactionRolledBackAsync(
            DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            owner.Ended(eventData.Context, committed: false);
            return Task.CompletedTask;
        }
    }
}
