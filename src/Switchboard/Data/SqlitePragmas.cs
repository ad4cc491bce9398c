using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Switchboard.Data;

/// <summary>
/// Sets SQLite up on open. WAL (readers never block the writer) is a property of the file, so it
/// is set on the first open of each file in this process; the rest are per connection and cheap:
/// synchronous=NORMAL (durable at each checkpoint, never corrupt), a busy timeout for writers that
/// bypass <see cref="SqliteWriteGate"/> (migrations, another process), and foreign keys enforced.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string FileSql = "PRAGMA journal_mode=WAL;";

    public const string ConnectionSql = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";

    private static readonly ConcurrentDictionary<string, bool> WalFiles = new(StringComparer.Ordinal);

    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        var first = !WalFiles.ContainsKey(connection.DataSource);
        using var command = connection.CreateCommand();
        command.CommandText = first ? FileSql + " " + ConnectionSql : ConnectionSql;
        command.ExecuteNonQuery();
        if (first)
        {
            WalFiles.TryAdd(connection.DataSource, true);
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var first = !WalFiles.ContainsKey(connection.DataSource);
        await using var command = connection.CreateCommand();
        command.CommandText = first ? FileSql + " " + ConnectionSql : ConnectionSql;
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (first)
        {
            // Only once it took: a first open that failed leaves the next one to try again.
            WalFiles.TryAdd(connection.DataSource, true);
        }
    }
}
