using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Switchboard.Bench.Events;

/// <summary>
/// The child process: opens N subscribers, then reads from standard input the commit tick of each
/// event (<c>commit id ticks</c>, Stopwatch ticks are CLOCK_MONOTONIC and so comparable between
/// processes on one machine) and, on <c>end lastId</c>, waits for the last event and prints the
/// latency distribution on one <c>result</c> line.
/// </summary>
internal static class SubscriberProcess
{
    public const string Flag = "--subscribe";

    public static async Task RunAsync(string[] args)
    {
        var address = new Uri(args[0]);
        var apiKey = args[1];
        var count = int.Parse(args[2], CultureInfo.InvariantCulture);
        var endpoint = new IPEndPoint(IPAddress.Parse(address.Host), address.Port);

        var watch = Stopwatch.StartNew();
        using var hangUp = new CancellationTokenSource();
        var clients = Enumerable.Range(0, count).Select(_ => new RawSubscriber(endpoint, apiKey)).ToList();
        var runs = new List<Task>();
        foreach (var batch in clients.Chunk(200))
        {
            runs.AddRange(batch.Select(c => Task.Run(() => c.RunAsync(hangUp.Token))));
            await Task.WhenAll(batch.Select(c => c.Connected.Task)).WaitAsync(TimeSpan.FromSeconds(60));
        }

        Console.WriteLine(FormattableString.Invariant($"connected {watch.Elapsed.TotalSeconds:F1}"));

        var commits = new List<(long Id, long Ticks)>();
        long lastId = -1;
        while (Console.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            if (parts[0] == "commit")
            {
                commits.Add((long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture)));
            }
            else if (parts[0] == "end")
            {
                lastId = long.Parse(parts[1], CultureInfo.InvariantCulture);
                break;
            }
        }

        // Wait (at most 30 s) until every subscriber has the last event, then hang up.
        var waitUntil = Stopwatch.StartNew();
        while (clients.Any(c => !c.HasSeen(lastId)) && waitUntil.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
        }

        await hangUp.CancelAsync();
        await Task.WhenAll(runs);

        var latencies = new List<double>(count * commits.Count);
        var slowest = new List<(int Index, double Ms)>();
        var missing = 0L;
        for (var index = 0; index < commits.Count; index++)
        {
            var (id, committed) = commits[index];
            var worst = 0.0;
            foreach (var client in clients)
            {
                if (client.TryGetArrival(id, out var arrived))
                {
                    var ms = Math.Max(0, Stopwatch.GetElapsedTime(committed, arrived).TotalMilliseconds);
                    latencies.Add(ms);
                    worst = Math.Max(worst, ms);
                }
                else
                {
                    missing++;
                }
            }

            slowest.Add((index, worst));
        }

        // Which events were slow says whether the tail is spread out or a few stalls (GC, the machine).
        Console.WriteLine("slowest events (index: last arrival ms): " + string.Join(", ",
            slowest.OrderByDescending(e => e.Ms).Take(5).Select(e => FormattableString.Invariant($"{e.Index}: {e.Ms:F0}"))));
        Console.WriteLine(Latencies.Describe(latencies, missing));
    }
}
