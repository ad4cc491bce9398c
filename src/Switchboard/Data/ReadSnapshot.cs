using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Switchboard.Data;

/// <summary>
/// A read-only transaction for a handler that reads several tables and must show them as of one
/// moment (a message with its attempts and its outbox row): without it, a commit landing between
/// two of its queries shows half of a change. SQLite: a deferred transaction (a WAL snapshot from
/// the first read, no write lock, so it never queues on <see cref="SqliteWriteGate"/>).
/// PostgreSQL: repeatable read, one snapshot for every statement. Disposing rolls it back.
/// </summary>
public sealed class ReadSnapshot : IAsyncDisposable
{
    private readonly SwitchboardDbContext db;
    private readonly DbTransaction transaction;

    private ReadSnapshot(SwitchboardDbContext db, DbTransaction transaction)
    {
        this.db = db;
        this.transaction = transaction;
    }

    public static async Task<ReadSnapshot> BeginAsync(SwitchboardDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            // Handed to EF with UseTransaction: not "started" by EF, so the write gate is not taken.
            var transaction = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: true)
                : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            await db.Database.UseTransactionAsync(transaction, ct);
            return new ReadSnapshot(db, transaction);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await db.Database.UseTransactionAsync(null);
        await transaction.RollbackAsync();
        await transaction.DisposeAsync();
        await db.Database.CloseConnectionAsync();
    }
}
