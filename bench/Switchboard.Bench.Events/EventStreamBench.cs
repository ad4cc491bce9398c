using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Tenancy;

namespace Switchboard.Bench.Events;

/// <summary>
/// The server side: the whole app, a child process of subscribers, and E events committed at R per
/// second through the app's own DbContext, as features write them. Each commit's Stopwatch tick is
/// sent to the child, which measures commit→arrival.
/// </summary>
internal static class EventStreamBench
{
    public static async Task RunAsync(string[] args)
    {
        var subscribers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var events = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var rate = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        // The first events after the streams open run the push path cold (JIT tiers, first socket
        // writes); they are sent and delivered but not counted, as in any steady-state measurement.
        var warmup = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
        const string Key = "bench-bootstrap-key-0123456789abcdef";

        var data = Directory.CreateTempSubdirectory("switchboard-bench-").FullName;
        using var app = new BenchApp(data, Key);
        app.Start();
        using (var http = new HttpClient { BaseAddress = app.BaseAddress })
        {
            while (!(await http.GetAsync("/health/ready")).IsSuccessStatusCode)
            {
                await Task.Delay(100);
            }
        }

        var organization = await DefaultOrganizationIdAsync(app);
        Console.WriteLine($"{subscribers} subscribers, {events} events at {rate}/s after {warmup} uncounted, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        using var child = StartSubscribers(app.BaseAddress, Key, subscribers);
        var connected = await child.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The subscriber process ended before connecting.");
        Console.WriteLine($"{connected} s");

        var interval = TimeSpan.FromSeconds(1 / rate);
        long lastId = -1;
        for (var i = -warmup; i < events; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(organization);
                var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
                var record = db.AddEvent(EventTypes.SmsReceived, new { messageId = Guid.NewGuid(), from = "+14155550123", to = "+14155550100" });
                await db.SaveChangesAsync();
                var committed = Stopwatch.GetTimestamp();
                lastId = record.Id;
                if (i >= 0)
                {
                    await child.StandardInput.WriteLineAsync(FormattableString.Invariant($"commit {record.Id} {committed}"));
                }
            }

            var wait = interval - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
        }

        await child.StandardInput.WriteLineAsync(FormattableString.Invariant($"end {lastId}"));
        await child.StandardInput.FlushAsync();
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            Console.WriteLine(line);
        }

        await child.WaitForExitAsync();
        Console.WriteLine($"load average {LoadAverage()}");
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static Process StartSubscribers(Uri app, string key, int count)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { typeof(BenchMain).Assembly.Location, SubscriberProcess.Flag, app.ToString(), key, count.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the subscriber process.");
        child.StandardInput.AutoFlush = true;
        return child;
    }

    private static async Task<Guid> DefaultOrganizationIdAsync(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem();
        return await scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>().Organizations
            .Where(o => o.Slug == DefaultOrganization.Slug).Select(o => o.Id).SingleAsync();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
