using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Switchboard.Tests.Infrastructure;

/// <summary>
/// A real, throwaway PostgreSQL server (initdb + pg_ctl into a temp folder, loopback only, trust
/// auth, fsync off), shared by the "Postgres" test collection. Each test asks for its own
/// database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>The PostgreSQL binaries; SWITCHBOARD_POSTGRES_BIN overrides /usr/lib/postgresql/15/bin.</summary>
    public static readonly string BinDirectory =
        Environment.GetEnvironmentVariable("SWITCHBOARD_POSTGRES_BIN") is { Length: > 0 } bin ? bin : "/usr/lib/postgresql/15/bin";
    private const string ServiceUser = "postgres";
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private string? _root;
    private int _port;

    /// <summary>What this machine lacks to run PostgreSQL tests, or null when it has everything.</summary>
    public static string? MissingPrerequisite => LazyMissing.Value;

    private static readonly Lazy<string?> LazyMissing = new(FindMissingPrerequisite);

    /// <summary>SWITCHBOARD_REQUIRE_ALL_SUITES=true (CI): a missing prerequisite fails instead of skipping.</summary>
    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("SWITCHBOARD_REQUIRE_ALL_SUITES"), "true", StringComparison.OrdinalIgnoreCase);

    private static bool RunningAsRoot => Environment.UserName == "root";

    private static string? RunUser =>
        new[] { "/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser" }.FirstOrDefault(File.Exists);

    public string AdminConnectionString => ConnectionString("postgres");

    public async Task InitializeAsync()
    {
        if (MissingPrerequisite is { } missing)
        {
            throw new InvalidOperationException($"PostgreSQL tests cannot run: {missing}.");
        }

        _root = Directory.CreateTempSubdirectory("switchboard-pg-").FullName;
        var data = Path.Combine(_root, "data");
        if (RunningAsRoot)
        {
            // initdb refuses to run as root; the server runs as the postgres user, who must own the folder.
            await RunAsync("chown", [$"{ServiceUser}:{ServiceUser}", _root]);
        }

        await RunPostgresToolAsync("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);
        _port = FreeLoopbackPort();
        await RunPostgresToolAsync("pg_ctl",
        [
            "-D", data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", ((int)StartDeadline.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-o", $"-k {_root} -c listen_addresses=127.0.0.1 -p {_port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start",
        ]);
        await WaitUntilAcceptingConnectionsAsync();
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        if (_root is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunPostgresToolAsync("pg_ctl", ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = _port,
            Username = "postgres",
            Database = database,
            // Each test has its own database; pooled idle connections would only pile up.
            Pooling = false,
        }.ConnectionString;

    private async Task WaitUntilAcceptingConnectionsAsync()
    {
        // pg_ctl -w already waited; this proves TCP on our port answers, with a deadline.
        var deadline = DateTime.UtcNow + StartDeadline;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50));
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunPostgresToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(BinDirectory, tool);
        return RunningAsRoot
            ? RunAsync(RunUser!, ["-u", ServiceUser, "--", path, .. arguments])
            : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(StartDeadline * 2);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }

    private static string? FindMissingPrerequisite()
    {
        foreach (var tool in new[] { "initdb", "pg_ctl", "postgres" })
        {
            if (!File.Exists(Path.Combine(BinDirectory, tool)))
            {
                return $"{Path.Combine(BinDirectory, tool)} is missing (install the postgresql-15 package)";
            }
        }

        if (RunningAsRoot && RunUser is null)
        {
            return "running as root needs runuser (util-linux) to start PostgreSQL as the postgres user";
        }

        return null;
    }
}
