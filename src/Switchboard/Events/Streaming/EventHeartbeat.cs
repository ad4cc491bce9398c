using Microsoft.Extensions.Options;

namespace Switchboard.Events.Streaming;

/// <summary>
/// Every <see cref="EventsOptions.HeartbeatSeconds"/>, a <c>: ping</c> to every stream, so proxies keep
/// idle streams open; at shutdown, the end of every stream.
/// </summary>
public sealed class EventHeartbeat(EventHub hub, IOptions<EventsOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.HeartbeatSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                hub.PingAll();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the streams end below.
        }
        finally
        {
            // Open streams would otherwise keep Kestrel's graceful shutdown waiting for its full timeout.
            hub.CompleteAll();
        }
    }
}
