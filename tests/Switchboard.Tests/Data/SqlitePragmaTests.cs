using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Tests.Data;

/// <summary>The connection settings hold on every open, including opens the pool serves from an already set-up native connection.</summary>
public sealed class SqlitePragmaTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("switchboard-pragmas-").FullName;

    [Fact]
    public async Task EveryOpenRunsWithWalForeignKeysAndABusyTimeoutEvenWhenThePoolReusesTheConnection()
    {
        var options = DbContextOptionsSetup.CreateOptions(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "pragmas.db")}");
        var handles = new HashSet<object>();
        for (var open = 0; open < 3; open++)
        {
            await using var db = new SwitchboardDbContext(options, new Switchboard.Tenancy.TenantContext());
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            handles.Add(connection.Handle!);
            Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
            Assert.Equal("1", await ScalarAsync(connection, "PRAGMA foreign_keys"));
            Assert.Equal("5000", await ScalarAsync(connection, "PRAGMA busy_timeout"));
            Assert.Equal("1", await ScalarAsync(connection, "PRAGMA synchronous"));
            await db.Database.CloseConnectionAsync();
        }

        // The pool served the later opens from the first native connection: the case being checked.
        Assert.Single(handles);
    }

    [Fact]
    public async Task APooledConnectionIsNotSetUpAgainOnAnAsyncOpen()
    {
        var options = DbContextOptionsSetup.CreateOptions(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "once.db")}");
        await using (var first = new SwitchboardDbContext(options, new Switchboard.Tenancy.TenantContext()))
        {
            await first.Database.OpenConnectionAsync();
            // A mark on the native connection that running the set-up again would undo.
            await ScalarAsync((SqliteConnection)first.Database.GetDbConnection(), "PRAGMA synchronous=FULL");

            await first.Database.CloseConnectionAsync();
        }

        await using var again = new SwitchboardDbContext(options, new Switchboard.Tenancy.TenantContext());
        await again.Database.OpenConnectionAsync();
        Assert.Equal("2", await ScalarAsync((SqliteConnection)again.Database.GetDbConnection(), "PRAGMA synchronous"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
