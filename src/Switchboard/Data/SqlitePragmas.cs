using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Switchboard.Data;

/// <summary>
/// Sets SQLite up on open. WAL (readers never block the writer) is a property of the file, so it
/// is set on the first open of each file in this process; the rest are per connection and cheap:
/// synchronous=NORMAL (durable at each checkpoint, never corrupt), a busy timeout for writers that
/// bypass <see cref="SqliteWriteGate"/> (migrations, another process), and foreign keys enforced.
/// Those belong to the native connection, which the pool keeps open across EF's many opens, so
/// they run once per native connection, not on every open. (A memory map, tried in session 4
/// against the pread calls that refill page caches emptied by other connections' writes, cost more
/// than it saved: the map follows the growing file, so it is remapped and faulted in again and again.)
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string FileSql = "PRAGMA journal_mode=WAL;";

    public const string ConnectionSql = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";

    private static readonly ConcurrentDictionary<string, bool> WalFiles = new(StringComparer.Ordinal);

    // The native handles already set up; a handle the pool closed is collected and drops out.
    private static readonly ConditionalWeakTable<object, object> Prepared = [];

    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsPrepared(connection))
        {
            return;
        }

        var first = !WalFiles.ContainsKey(connection.DataSource);
        using var command = connection.CreateCommand();
        command.CommandText = first ? FileSql + " " + ConnectionSql : ConnectionSql;
        command.ExecuteNonQuery();
        if (first)
        {
            WalFiles.TryAdd(connection.DataSource, true);
        }

        MarkPrepared(connection);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsPrepared(connection))
        {
            return;
        }

        var first = !WalFiles.ContainsKey(connection.DataSource);
        await using var command = connection.CreateCommand();
        command.CommandText = first ? FileSql + " " + ConnectionSql : ConnectionSql;
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (first)
        {
            // Only once it took: a first open that failed leaves the next one to try again.
            WalFiles.TryAdd(connection.DataSource, true);
        }

        MarkPrepared(connection);
    }

    private static bool IsPrepared(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Prepared.TryGetValue(handle, out _);

    private static void MarkPrepared(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Prepared.AddOrUpdate(handle, handle);
        }
    }
}
