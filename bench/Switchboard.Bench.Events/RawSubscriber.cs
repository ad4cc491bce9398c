using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Switchboard.Bench.Events;

/// <summary>
/// One SSE subscriber on a bare socket: a hand-written HTTP/1.1 GET and a chunked-body decoder that
/// notes, per <c>id:</c> line, the Stopwatch tick at which the bytes holding it were received.
/// HttpClient with a StreamReader per stream cost more CPU than the server at 10,000 streams.
/// </summary>
internal sealed class RawSubscriber(IPEndPoint server, string apiKey)
{
    private readonly Dictionary<long, long> _arrivals = [];
    private readonly SseBodyParser _parser = new();

    public TaskCompletionSource Connected { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool HasSeen(long id)
    {
        lock (_arrivals)
        {
            return _arrivals.ContainsKey(id);
        }
    }

    public bool TryGetArrival(long id, out long ticks)
    {
        lock (_arrivals)
        {
            return _arrivals.TryGetValue(id, out ticks);
        }
    }

    public async Task RunAsync(CancellationToken ct)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(server, ct);
        var request = $"GET /api/v1/events HTTP/1.1\r\nHost: {server}\r\nAuthorization: Bearer {apiKey}\r\nAccept: text/event-stream\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(request), SocketFlags.None, ct);
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer, SocketFlags.None, ct);
                if (read == 0)
                {
                    return;
                }

                var received = Stopwatch.GetTimestamp();
                _parser.Feed(buffer.AsSpan(0, read), OnLine(received));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException)
        {
            // Hung up at the end (or dropped): whatever arrived is counted, the rest reported missing.
            Connected.TrySetException(e);
        }
        catch (InvalidOperationException e)
        {
            Connected.TrySetException(e);
            throw;
        }
    }

    private SseBodyParser.LineHandler OnLine(long received) => line =>
    {
        if (line.Length > 0 && line[0] == (byte)':')
        {
            Connected.TrySetResult();
        }
        else if (line.StartsWith("id: "u8) && long.TryParse(Encoding.ASCII.GetString(line[4..]), out var id))
        {
            lock (_arrivals)
            {
                _arrivals[id] = received;
            }
        }
    };
}
