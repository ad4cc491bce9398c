using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Switchboard.Data.Migrations;

/// <summary>
/// Applies the pending SQL scripts in version order, each in its own transaction together with
/// its row in <c>schema_migrations</c>, so a crash leaves the database at a whole version.
/// Safe to run from several instances at once: PostgreSQL serialises runners with an advisory
/// lock, SQLite with its write lock (each script re-checks under BEGIN IMMEDIATE).
/// </summary>
public sealed partial class MigrationRunner(SwitchboardDbContext db, ILogger<MigrationRunner>? logger = null)
{
    /// <summary>Advisory lock key shared by every Switchboard instance ("SWBD" in ASCII).</summary>
    public const long PostgresLockKey = 0x53574244;

    public const string HistoryTable = "schema_migrations";

    private readonly ILogger _logger = logger ?? NullLogger<MigrationRunner>.Instance;
    private readonly DatabaseProvider _provider = db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
    private IReadOnlyList<MigrationScript>? _scripts;

    /// <summary>The scripts to apply; by default the ones embedded for this provider. Tests may substitute.</summary>
    public IReadOnlyList<MigrationScript> Scripts
    {
        get => _scripts ??= MigrationScripts.For(_provider);
        init => _scripts = MigrationScripts.Ordered(value);
    }

    /// <summary>Brings the database up to <paramref name="targetVersion"/> (default: the latest script).</summary>
    /// <returns>The scripts this call applied; empty when the database was already up to date.</returns>
    public async Task<IReadOnlyList<MigrationScript>> MigrateAsync(int? targetVersion = null, CancellationToken cancellationToken = default)
    {
        var wanted = Scripts.Where(s => targetVersion is null || s.Version <= targetVersion).ToList();
        var appliedNow = new List<MigrationScript>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (_provider == DatabaseProvider.Postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({PostgresLockKey})", cancellationToken);
            }

            try
            {
                await ExecuteAsync(connection, null, CreateHistoryTableSql, cancellationToken);
                var applied = await ReadHistoryAsync(connection, null, cancellationToken);
                CheckHistory(applied);
                foreach (var script in wanted.Where(s => !applied.ContainsKey(s.Version)))
                {
                    if (await ApplyAsync(connection, script, cancellationToken))
                    {
                        appliedNow.Add(script);
                    }
                }
            }
            finally
            {
                if (_provider == DatabaseProvider.Postgres)
                {
                    await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({PostgresLockKey})", CancellationToken.None);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return appliedNow;
    }

    /// <summary>The versions recorded in <c>schema_migrations</c>, or none when it does not exist yet.</summary>
    public async Task<IReadOnlyList<int>> AppliedVersionsAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await ExecuteAsync(connection, null, CreateHistoryTableSql, cancellationToken);
            var applied = await ReadHistoryAsync(connection, null, cancellationToken);
            return [.. applied.Keys.Order()];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<bool> ApplyAsync(DbConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        var sqlite = _provider == DatabaseProvider.Sqlite;
        if (sqlite)
        {
            // SQLite's table-rebuild pattern (create new, copy, drop old, rename) needs foreign keys
            // off, or dropping the old table would cascade into its children. This pragma is
            // ignored inside a transaction, so it is set around it; foreign_key_check below
            // proves the rebuilt tables still hold together before commit.
            await ExecuteAsync(connection, null, "PRAGMA foreign_keys=OFF", cancellationToken);
        }

        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Another instance may have applied it between our read and our lock (SQLite).
            if ((await ReadHistoryAsync(connection, transaction, cancellationToken)).ContainsKey(script.Version))
            {
                return false;
            }

            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
            if (sqlite)
            {
                await CheckSqliteForeignKeysAsync(connection, transaction, script, cancellationToken);
            }

            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = $"INSERT INTO {HistoryTable} (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @applied_at)";
                AddParameter(record, "@version", script.Version);
                AddParameter(record, "@name", script.Name);
                AddParameter(record, "@checksum", script.Checksum);
                AddParameter(record, "@applied_at", DateTime.UtcNow);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            LogApplied(script.FileName, script.Version);
            return true;
        }
        finally
        {
            if (sqlite)
            {
                await ExecuteAsync(connection, null, "PRAGMA foreign_keys=ON", CancellationToken.None);
            }
        }
    }

    private void CheckHistory(IReadOnlyDictionary<int, string> applied)
    {
        foreach (var script in Scripts)
        {
            if (applied.TryGetValue(script.Version, out var checksum) && checksum != script.Checksum)
            {
                throw new MigrationChecksumException(script, checksum);
            }
        }

        var known = Scripts.Select(s => s.Version).ToHashSet();
        foreach (var unknown in applied.Keys.Where(v => !known.Contains(v)))
        {
            // A newer build migrated this database; running older code against it may still work
            // during a rolling deploy, so this warns rather than refusing to start.
            LogUnknownVersion(unknown);
        }
    }

    private static async Task CheckSqliteForeignKeysAsync(
        DbConnection connection, DbTransaction transaction, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var check = connection.CreateCommand();
        check.Transaction = transaction;
        check.CommandText = "PRAGMA foreign_key_check";
        await using var reader = await check.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException(
                $"Migration {script.FileName} left a row in table '{reader.GetString(0)}' pointing at a missing '{reader.GetString(2)}' row.");
        }
    }

    private async Task<Dictionary<int, string>> ReadHistoryAsync(
        DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT version, checksum FROM {HistoryTable}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)] = reader.GetString(1);
        }

        return applied;
    }

    private string CreateHistoryTableSql => _provider == DatabaseProvider.Postgres
        ? $"CREATE TABLE IF NOT EXISTS {HistoryTable} (version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamp with time zone NOT NULL)"
        : $"CREATE TABLE IF NOT EXISTS {HistoryTable} (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)";

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        // Waiting for another instance's migration, or a large table rewrite, may take a while.
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {FileName} (version {Version})")]
    private partial void LogApplied(string fileName, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database has migration version {Version}, which this build does not know; a newer build migrated it")]
    private partial void LogUnknownVersion(int version);
}
