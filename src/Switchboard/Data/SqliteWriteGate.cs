using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Switchboard.Data;

/// <summary>
/// One in-process lock per SQLite file, held for the span of a write: an EF transaction (BEGIN to
/// commit/rollback) or a write statement outside one. SQLite has a single writer; without this,
/// concurrent writers wait in SQLite's busy handler, which sleeps a thread-pool thread with a
/// backoff of up to 100 ms, so the lock sits idle between writers and the pool starves. Here they
/// queue on an async semaphore instead and take over the moment the previous one is done (ADR 0013).
/// A connection holds the gate at most once (never re-entrantly); a wait that outlasts
/// <see cref="MaxWait"/> goes ahead ungated, leaving the rest to SQLite's own locking, so the gate
/// can slow a write down but never deadlock it.
/// </summary>
internal static class SqliteWriteGate
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<DbConnection, Hold> Holds = [];

    /// <summary>True when this connection holds its file's gate.</summary>
    public static bool IsHeld(DbConnection connection) => Holds.TryGetValue(connection, out var hold) && hold.Gate is not null;

    /// <summary>
    /// Takes the gate for <paramref name="connection"/> unless it holds it already: for a whole
    /// transaction (<paramref name="statement"/> null) or for one statement outside any.
    /// False when the wait timed out (the write then goes ahead ungated).
    /// </summary>
    public static async ValueTask<bool> EnterAsync(DbConnection connection, DbCommand? statement, CancellationToken ct)
    {
        var hold = Holds.GetOrCreateValue(connection);
        if (hold.Gate is not null)
        {
            return true;
        }

        var gate = For(connection);
        // Uncontended: take it without the timer a timed wait allocates.
        if (!gate.Wait(0) && !await gate.WaitAsync(MaxWait, ct))
        {
            return false;
        }

        (hold.Gate, hold.Statement) = (gate, statement);
        return true;
    }

    public static bool Enter(DbConnection connection, DbCommand? statement)
    {
        var hold = Holds.GetOrCreateValue(connection);
        if (hold.Gate is not null)
        {
            return true;
        }

        var gate = For(connection);
        if (!gate.Wait(MaxWait))
        {
            return false;
        }

        (hold.Gate, hold.Statement) = (gate, statement);
        return true;
    }

    /// <summary>Gives the gate back if this connection holds it (a transaction ended, or the connection closes); idempotent.</summary>
    public static void Exit(DbConnection? connection)
    {
        if (connection is not null && Holds.TryGetValue(connection, out var hold) && hold.Gate is { } gate)
        {
            (hold.Gate, hold.Statement) = (null, null);
            gate.Release();
        }
    }

    /// <summary>Gives the gate back if it was taken for this very statement; idempotent.</summary>
    public static void ExitStatement(DbCommand command)
    {
        if (command.Connection is { } connection && Holds.TryGetValue(connection, out var hold) && hold.Statement == command)
        {
            Exit(connection);
        }
    }

    private static SemaphoreSlim For(DbConnection connection) => Gates.GetOrAdd(connection.DataSource, _ => new SemaphoreSlim(1, 1));

    private sealed class Hold
    {
        public SemaphoreSlim? Gate { get; set; }

        /// <summary>The statement the gate was taken for; null when it was taken for a transaction.</summary>
        public DbCommand? Statement { get; set; }
    }
}
