using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Switchboard.Bench.Events;

/// <summary>One SSE connection that notes, per event id, when its frame arrived (Stopwatch ticks).</summary>
internal sealed class Subscriber(HttpClient http, string apiKey)
{
    public ConcurrentDictionary<long, long> Arrivals { get; } = new();

    public TaskCompletionSource Connected { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool HasSeen(long id) => Arrivals.ContainsKey(id);

    public async Task RunAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
        request.Headers.Authorization = new("Bearer", apiKey);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        try
        {
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                if (line.StartsWith(':'))
                {
                    Connected.TrySetResult();
                }
                else if (line.StartsWith("id: ", StringComparison.Ordinal))
                {
                    Arrivals[long.Parse(line.AsSpan(4), CultureInfo.InvariantCulture)] = Stopwatch.GetTimestamp();
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // Hung up at the end (or dropped): whatever arrived is counted, the rest reported missing.
        }
    }
}
