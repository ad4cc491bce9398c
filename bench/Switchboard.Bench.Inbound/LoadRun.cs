using System.Diagnostics;
using System.Net;
using Switchboard.Twilio.Webhooks;

namespace Switchboard.Bench.Inbound;

internal sealed record LoadResult(long Requests, long Failures, TimeSpan Elapsed, double P50, double P99)
{
    public double Throughput => Requests / Elapsed.TotalSeconds;
}

/// <summary>Closed loop: each connection sends the next webhook when the last one was answered.</summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string url, string token, string to, BenchOptions options)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        await SendAsync(client, url, token, to); // warm-up: connection, JIT
        var deadline = Stopwatch.StartNew();
        var latencies = new List<double>[options.Connections];
        long failures = 0;
        await Task.WhenAll(Enumerable.Range(0, options.Connections).Select(async i =>
        {
            var mine = latencies[i] = new List<double>(100_000);
            while (deadline.Elapsed.TotalSeconds < options.Seconds)
            {
                var started = Stopwatch.GetTimestamp();
                var status = await SendAsync(client, url, token, to);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (status != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var elapsed = deadline.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length, failures, elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    /// <summary>
    /// Open loop: webhooks are sent at a fixed rate whatever the answers do, and each latency is
    /// measured from the moment its request was due, so a stall counts against every request it
    /// delays (no coordinated omission).
    /// </summary>
    public static async Task<LoadResult> RunOpenAsync(string url, string token, string to, BenchOptions options)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        await SendAsync(client, url, token, to);
        var total = options.Rate * options.Seconds;
        var latencies = new double[total];
        var sends = new Task[total];
        long failures = 0;
        var clock = Stopwatch.StartNew();
        var ticksPerRequest = (double)Stopwatch.Frequency / options.Rate;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i * ticksPerRequest);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var index = i;
            sends[i] = Task.Run(async () =>
            {
                var status = await SendAsync(client, url, token, to);
                latencies[index] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
                if (status != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            });
        }

        await Task.WhenAll(sends);
        var all = latencies.Order().ToArray();
        return new LoadResult(all.Length, failures, clock.Elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    // A timed-out or refused request counts as a failure (with the time it took), not a crash.
    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string url, string token, string to)
    {
        try
        {
            return await SendOnceAsync(client, url, token, to);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return HttpStatusCode.ServiceUnavailable;
        }
    }

    private static async Task<HttpStatusCode> SendOnceAsync(HttpClient client, string url, string token, string to)
    {
        var sid = $"SM{Guid.NewGuid():N}";
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = sid, ["SmsSid"] = sid, ["AccountSid"] = "AC00000000000000000000000000000000",
            ["From"] = $"+1415{Random.Shared.Next(2_000_000, 9_999_999)}", ["To"] = to, ["Body"] = "Benchmark message",
            ["NumMedia"] = "0", ["NumSegments"] = "1", ["SmsStatus"] = "received", ["ApiVersion"] = "2010-04-01",
        };
        using var request = TwilioWebhookSigner.CreateFormRequest(token, url, form);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
