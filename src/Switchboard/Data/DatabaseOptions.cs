namespace Switchboard.Data;

/// <summary>The <c>Database</c> section, plus <c>ConnectionStrings:Switchboard</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Switchboard";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>From <c>ConnectionStrings:Switchboard</c>; for SQLite, empty means <c>data/switchboard.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start. Turn off only when a deploy step migrates instead.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public DatabaseProvider ParsedProvider => Provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"Database:Provider '{Provider}' is not supported."),
    };
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
