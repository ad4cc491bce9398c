using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Tenancy;

namespace Switchboard.Bench.Events;

// Commit→arrival latency of the SSE stream: N subscribers on one instance (loopback), E events
// committed at R per second through the app's own DbContext, as features write them.
// Usage: dotnet run -c Release --project bench/Switchboard.Bench.Events -- [subscribers] [events] [eventsPerSecond]
internal static class EventStreamBench
{
    public static async Task Main(string[] args)
    {
        var subscribers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var events = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var rate = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        const string Key = "bench-bootstrap-key-0123456789abcdef";

        var data = Directory.CreateTempSubdirectory("switchboard-bench-").FullName;
        using var app = new BenchApp(data, Key);
        app.Start();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = app.BaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        while (!(await http.GetAsync("/health/ready")).IsSuccessStatusCode)
        {
            await Task.Delay(100);
        }

        Guid organization;
        await using (var scope = app.Services.CreateAsyncScope())
        using (scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem())
        {
            organization = await scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>().Organizations
                .Where(o => o.Slug == DefaultOrganization.Slug).Select(o => o.Id).SingleAsync();
        }

        Console.WriteLine($"{subscribers} subscribers, {events} events at {rate}/s, {Environment.ProcessorCount} cores");
        var connectWatch = Stopwatch.StartNew();
        using var deadline = new CancellationTokenSource();
        var clients = Enumerable.Range(0, subscribers).Select(_ => new Subscriber(http, Key)).ToList();
        var runs = new List<Task>();
        foreach (var batch in clients.Chunk(200))
        {
            runs.AddRange(batch.Select(c => Task.Run(() => c.RunAsync(deadline.Token))));
            await Task.WhenAll(batch.Select(c => c.Connected.Task));
        }

        Console.WriteLine($"connected in {connectWatch.Elapsed.TotalSeconds:F1} s");
        var commits = new ConcurrentDictionary<long, long>();
        var interval = TimeSpan.FromSeconds(1 / rate);
        var ids = new List<long>();
        for (var i = 0; i < events; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(organization);
                var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
                var record = db.AddEvent(EventTypes.SmsReceived, new { messageId = Guid.NewGuid(), from = "+14155550123", to = "+14155550100" });
                await db.SaveChangesAsync();
                commits[record.Id] = Stopwatch.GetTimestamp();
                ids.Add(record.Id);
            }

            var wait = interval - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
        }

        // Wait (at most 30 s) until every subscriber has the last event, then hang up.
        var finalId = ids[^1];
        var waitUntil = Stopwatch.StartNew();
        while (clients.Any(c => !c.HasSeen(finalId)) && waitUntil.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
        }

        await deadline.CancelAsync();
        foreach (var run in runs)
        {
            try
            {
                await run;
            }
            catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
            {
                // Counted as missing below.
            }
        }

        var latencies = new List<double>(subscribers * events);
        var missing = 0L;
        foreach (var c in clients)
        {
            foreach (var id in ids)
            {
                if (c.Arrivals.TryGetValue(id, out var arrived))
                {
                    latencies.Add(Math.Max(0, Stopwatch.GetElapsedTime(commits[id], arrived).TotalMilliseconds));
                }
                else
                {
                    missing++;
                }
            }
        }

        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
        Console.WriteLine($"deliveries {latencies.Count}, missing {missing}");
        Console.WriteLine($"commit->arrival ms: p50 {Percentile(0.50):F1}  p90 {Percentile(0.90):F1}  p99 {Percentile(0.99):F1}  max {Percentile(1):F1}");
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
