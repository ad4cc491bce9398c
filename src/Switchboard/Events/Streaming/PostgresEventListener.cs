using Microsoft.Extensions.Options;
using Npgsql;
using Switchboard.Data;

namespace Switchboard.Events.Streaming;

/// <summary>
/// On PostgreSQL, <c>LISTEN switchboard_events</c> (notified by a trigger on the events table,
/// migration 0007) so that an event committed by any instance wakes this instance's hub at once.
/// A lost connection or notification only delays the push to the next poll.
/// </summary>
public sealed partial class PostgresEventListener(
    IOptions<DatabaseOptions> database, EventSignal signal, TimeProvider time, ILogger<PostgresEventListener> logger) : BackgroundService
{
    public const string Channel = "switchboard_events";
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);

    // A silent connection is checked this often, so a dead one is noticed and replaced.
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Value.ParsedProvider != DatabaseProvider.Postgres)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogListenFailed(e);
                await Task.Delay(Reconnect, time, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database.Value.ConnectionString);
        connection.Notification += (_, _) => signal.Wake();
        await connection.OpenAsync(ct);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        // Anything committed while no one listened is read now.
        signal.Wake();
        while (!ct.IsCancellationRequested)
        {
            if (!await connection.WaitAsync(Idle, ct))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteScalarAsync(ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for event notifications on PostgreSQL failed; reconnecting (events still arrive by polling)")]
    private partial void LogListenFailed(Exception exception);
}
