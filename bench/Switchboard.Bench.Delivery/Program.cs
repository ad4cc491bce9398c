using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Bench.Delivery;
using Switchboard.Twilio.Webhooks;
using Switchboard.TwilioEmulator;

// Three measurements of the outbound path, each on a fresh app process (the built Switchboard.dll,
// live mode) against a Twilio emulator hosted here:
//   1. dispatcher throughput with pacing off: N messages queued with the dispatcher off, then the
//      app restarted with it on; time until the outbox is empty;
//   2. pacing accuracy: M messages through one long code paced at R segments/s, measured on the
//      emulator's own timestamps of what reached the handset;
//   3. status callback ingest: signed sending/sent/delivered callbacks for N queued messages.
//
//   dotnet build -c Release src/Switchboard && dotnet run -c Release --project bench/Switchboard.Bench.Delivery -- \
//       --app src/Switchboard/bin/Release/net10.0/Switchboard.dll [--messages 3000] [--warmup 2000] [--paced 60] [--mps 10] [--connections 32]
var dll = Path.GetFullPath(Arg("--app", "src/Switchboard/bin/Release/net10.0/Switchboard.dll"));
var messages = int.Parse(Arg("--messages", "3000"), CultureInfo.InvariantCulture);
var paced = int.Parse(Arg("--paced", "60"), CultureInfo.InvariantCulture);
var mps = double.Parse(Arg("--mps", "10"), CultureInfo.InvariantCulture);
var connections = int.Parse(Arg("--connections", "32"), CultureInfo.InvariantCulture);
var concurrency = Arg("--concurrency", "16");
var only = Arg("--only", "all");
var warmup = int.Parse(Arg("--warmup", "2000"), CultureInfo.InvariantCulture);
const string Number = "+14155550100";

var emulatorOptions = new EmulatorOptions { Url = "http://127.0.0.1:0", Pacing = false };
emulatorOptions.ProvisionedNumbers.Add(Number);
await using var twilio = await TwilioEmulator.StartAsync(emulatorOptions);
using var control = new HttpClient { BaseAddress = twilio.BaseAddress };
var clock = Stopwatch.StartNew();

// 1. Dispatcher throughput, pacing off.
if (only is "all" or "dispatch")
{
var dataDir = Directory.CreateTempSubdirectory("switchboard-bench-db-").FullName;
var shared = new Dictionary<string, string> { ["ConnectionStrings__Switchboard"] = $"Data Source={Path.Combine(dataDir, "switchboard.db")}" };
await using (var queueing = await AppProcess.StartAsync(dll, twilio, Number, With(shared, ("Delivery__DispatcherEnabled", "false"))))
{
    await QueueAsync(queueing.Api, warmup + messages, i => $"+141560{i:D5}", connections);
}

await using (var dispatching = await AppProcess.StartAsync(dll, twilio, Number, With(shared, ("Delivery__Pacing", "false"), ("Delivery__MaxConcurrentCalls", concurrency), ("Delivery__BatchSize", "500"))))
{
    Console.WriteLine($"dispatch, pacing off: dispatching app started (app pid {dispatching.ProcessId})");
    // The first `warmup` sends run while the JIT is still tiering up the fresh process; the rate is taken over the rest.
    var started = clock.Elapsed;
    TimeSpan? warm = warmup == 0 ? started : null;
    var cpuAtWarm = dispatching.Cpu;
    var emulatorCpuAtWarm = Process.GetCurrentProcess().TotalProcessorTime;
    while (true)
    {
        var totals = (await dispatching.Api.GetFromJsonAsync<JsonElement>("/api/v1/delivery/stats?period=day")).GetProperty("totals");
        var left = totals.GetProperty("pending").GetInt32() + totals.GetProperty("retrying").GetInt32();
        if (warm is null && left <= messages)
        {
            warm = clock.Elapsed;
            cpuAtWarm = dispatching.Cpu;
            emulatorCpuAtWarm = Process.GetCurrentProcess().TotalProcessorTime;
        }

        if (left == 0)
        {
            break;
        }

        await Task.Delay(500);
    }

    var took = clock.Elapsed - started;
    var measured = clock.Elapsed - warm!.Value;
    var cpu = dispatching.Cpu - cpuAtWarm;
    // This process is the emulator (API, handsets, signed callbacks) plus the bench's progress polling.
    var emulatorCpu = Process.GetCurrentProcess().TotalProcessorTime - emulatorCpuAtWarm;
    var failed = (await dispatching.Api.GetFromJsonAsync<JsonElement>("/api/v1/delivery/stats?period=day")).GetProperty("totals");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"dispatch, pacing off: {messages} sends in {measured.TotalSeconds:F2} s after {warmup} warm-up sends = {messages / measured.TotalSeconds:F0} sends/s, app CPU {cpu.TotalMilliseconds / messages:F2} ms and emulator CPU {emulatorCpu.TotalMilliseconds / messages:F2} ms per send " +
        $"(all {warmup + messages} from ready: {took.TotalSeconds:F2} s); failed {failed.GetProperty("failed").GetInt32()}"));
}

}

// 2. Pacing accuracy: one long code at --mps.
if (only is "all" or "pacing")
{
await using (var pacing = await AppProcess.StartAsync(dll, twilio, Number, new Dictionary<string, string> { ["Delivery__LongCodeMps"] = mps.ToString(CultureInfo.InvariantCulture) }))
{
    const string Handset = "+14156009999";
    await control.PostAsync("/_emulator/reset", null);
    // One first, so the contact exists before the rest are queued in parallel.
    await QueueAsync(pacing.Api, 1, _ => Handset, 1);
    await QueueAsync(pacing.Api, paced - 1, _ => Handset, 4);
    JsonElement[] received;
    do
    {
        await Task.Delay(200);
        received = (await control.GetFromJsonAsync<JsonElement[]>($"/_emulator/handsets/{Uri.EscapeDataString(Handset)}/messages"))!;
    }
    while (received.Length < paced);

    var times = received.Select(m => m.GetProperty("timestamp").GetDateTimeOffset()).Order().ToList();
    var span = (times[^1] - times[0]).TotalSeconds;
    var expected = (paced - 1) / mps;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"pacing at {mps}/s: {paced} messages spanned {span:F2} s, expected {expected:F2} s ({(span - expected) / expected * 100:+0.0;-0.0} %) = {(paced - 1) / span:F2}/s"));
}

}

// 3. Status callback ingest: a warm-up round (a third of the messages: JIT and its tiering up,
// query compilation, connection pool) and then the timed round, with the app's own CPU time over it.
if (only is "all" or "ingest")
{
await using (var ingest = await AppProcess.StartAsync(dll, twilio, Number, new Dictionary<string, string> { ["Delivery__DispatcherEnabled"] = "false" }))
{
    var ids = await QueueAsync(ingest.Api, messages, i => $"+1415610{i:D4}", connections);
    var url = new Uri(ingest.Url, "/webhooks/twilio/sms/status").ToString();
    var sids = ids.ToDictionary(id => id, _ => "SM" + Guid.NewGuid().ToString("N"));
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections });
    var warmUp = Math.Max(1, messages / 3);
    await SendCallbacksAsync(ids[..warmUp]);
    var timed = ids[warmUp..];
    Console.WriteLine($"status callback ingest: timed round starts (app pid {ingest.ProcessId})");
    var cpuBefore = ingest.Cpu;
    clock.Restart();
    var failures = await SendCallbacksAsync(timed);
    var took = clock.Elapsed;
    var cpu = ingest.Cpu - cpuBefore;
    var count = timed.Count * 3;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"status callback ingest: {count} callbacks in {took.TotalSeconds:F2} s with {connections} connections = {count / took.TotalSeconds:F0}/s, non-200 {failures}; " +
        $"app CPU {cpu.TotalSeconds:F2} s = {cpu.TotalMilliseconds / count:F3} ms per callback (after a warm-up of {warmUp * 3}); load average {File.ReadAllText("/proc/loadavg").Trim()}"));

    // Each message's callbacks in order, as Twilio sends them; messages in parallel.
    async Task<int> SendCallbacksAsync(IReadOnlyList<string> some)
    {
        var failures = 0;
        await Parallel.ForEachAsync(some, new ParallelOptions { MaxDegreeOfParallelism = connections }, async (id, ct) =>
        {
            foreach (var status in new[] { "sending", "sent", "delivered" })
            {
                using var request = TwilioWebhookSigner.CreateFormRequest(twilio.AuthToken, $"{url}?mid={id}",
                [
                    new("MessageSid", sids[id]), new("MessageStatus", status), new("From", Number), new("To", "+14156100000"), new("AccountSid", twilio.AccountSid),
                ]);
                using var response = await http.SendAsync(request, ct);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        return failures;
    }
}
}

string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

static Dictionary<string, string> With(Dictionary<string, string> settings, params (string Key, string Value)[] more)
{
    var all = new Dictionary<string, string>(settings);
    foreach (var (k, v) in more)
    {
        all[k] = v;
    }

    return all;
}

static async Task<List<string>> QueueAsync(HttpClient api, int count, Func<int, string> to, int parallel)
{
    var ids = new string[count];
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
    {
        var response = await api.PostAsJsonAsync("/api/v1/messages", new { to = to(i), body = $"bench message {i}" }, ct);
        response.EnsureSuccessStatusCode();
        ids[i] = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
    });
    return [.. ids];
}
