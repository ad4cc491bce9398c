using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Switchboard.Data;

/// <summary>How the app and the tests point a <see cref="SwitchboardDbContext"/> at a database.</summary>
public static class DbContextOptionsSetup
{
    public const string DefaultSqliteFile = "data/switchboard.db";

    public static DbContextOptionsBuilder UseSwitchboardDatabase(
        this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance, SqliteWriteGateInterceptor.Instance),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }

    /// <summary>Options for a context outside DI, e.g. in tests or tools.</summary>
    public static DbContextOptions<SwitchboardDbContext> CreateOptions(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<SwitchboardDbContext>();
        builder.UseSwitchboardDatabase(provider, connectionString);
        return builder.Options;
    }

    /// <summary>
    /// The SQLite connection string with its file resolved against the content root (not the
    /// working directory, which differs between `dotnet run`, tests and services) and its folder created.
    /// </summary>
    public static string ResolveSqlite(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={DefaultSqliteFile}" : connectionString);
        var source = builder.DataSource;
        var inMemory = source.Length == 0 || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        if (!inMemory)
        {
            builder.DataSource = Path.GetFullPath(source, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
