using System.Text.Json;
using System.Threading.Channels;

namespace Switchboard.Tests.Events;

/// <summary>One parsed server-sent event, or a comment (Type "comment", Data its text).</summary>
public sealed record SseItem(string? Id, string Type, string Data)
{
    public JsonElement Json => JsonDocument.Parse(Data).RootElement;
}

/// <summary>
/// A real SSE client over HTTP: reads the stream in the background and hands out parsed items,
/// each wait bounded by a deadline.
/// </summary>
public sealed class SseClient : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly Channel<SseItem> _items = Channel.CreateUnbounded<SseItem>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    private SseClient(HttpClient http, HttpResponseMessage response)
    {
        _http = http;
        _response = response;
        _reading = ReadAsync();
    }

    public HttpResponseMessage Response => _response;

    /// <summary>Connects and waits for the response headers (the stream is then subscribed).</summary>
    public static async Task<SseClient> ConnectAsync(Uri baseAddress, string apiKey, string pathAndQuery = "/api/v1/events", string? lastEventId = null)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Authorization = new("Bearer", apiKey);
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var client = new SseClient(http, response);
        // The server writes a first ping once it has subscribed: from then on nothing is missed.
        await client.NextAsync(item => item.Type == "comment");
        return client;
    }

    public Task<SseItem> NextEventAsync(TimeSpan? timeout = null) => NextAsync(item => item.Type != "comment", timeout);

    /// <summary>The next item matching, skipping others; throws at the deadline.</summary>
    public async Task<SseItem> NextAsync(Func<SseItem, bool> match, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            while (true)
            {
                var item = await _items.Reader.ReadAsync(deadline.Token);
                if (match(item))
                {
                    return item;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("No matching server-sent event arrived in time.");
        }
    }

    /// <summary>True when nothing but comments arrives within the window (used after a later marker event).</summary>
    public bool HasPendingEvents() => _items.Reader.TryPeek(out var item) && item.Type != "comment";

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token));
            string? id = null, type = null;
            var data = new List<string>();
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data.Count > 0)
                    {
                        _items.Writer.TryWrite(new SseItem(id, type ?? "message", string.Join('\n', data)));
                    }

                    (id, type) = (null, null);
                    data.Clear();
                }
                else if (line.StartsWith(':'))
                {
                    _items.Writer.TryWrite(new SseItem(null, "comment", line[1..].Trim()));
                }
                else if (line.StartsWith("id: ", StringComparison.Ordinal))
                {
                    id = line[4..];
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    type = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Add(line[6..]);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // Disposed, or the server closed the stream.
        }
        finally
        {
            _items.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _reading;
        _http.Dispose();
        _stop.Dispose();
    }
}
