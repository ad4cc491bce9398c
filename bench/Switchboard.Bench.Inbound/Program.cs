using System.Globalization;
using Switchboard.Bench.Inbound;

// Fires signed inbound-SMS webhooks at a running Switchboard (sandbox mode) on loopback and
// reports throughput and latency; --baseline measures an in-process server that answers the
// same requests with an empty <Response/> and does no work, for comparison.
//
//   dotnet run -c Release --project bench/Switchboard.Bench.Inbound -- \
//       --app http://127.0.0.1:5080 --emulator http://127.0.0.1:5081 --connections 32 --seconds 10 [--rate 5000] [--baseline]
var options = BenchOptions.Parse(args);
var target = options.Baseline ? await BaselineServer.StartAsync() : null;
try
{
    var (url, token, to) = target is null
        ? await SandboxAccount.ReadAsync(options)
        : (target.SmsUrl, BaselineServer.AuthToken, "+14155550100");
    var result = options.Rate > 0
        ? await LoadRun.RunOpenAsync(url, token, to, options)
        : await LoadRun.RunAsync(url, token, to, options);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{(options.Baseline ? "baseline (empty 200, no work)" : "switchboard /webhooks/twilio/sms")}: " +
        $"{result.Requests} requests in {result.Elapsed.TotalSeconds:F1} s with {options.Connections} connections" +
        $"{(options.Rate > 0 ? $" at an offered {options.Rate}/s (open loop)" : "")} = " +
        $"{result.Throughput:F0}/s, p50 {result.P50:F2} ms, p99 {result.P99:F2} ms, non-200 {result.Failures}"));
}
finally
{
    if (target is not null)
    {
        await target.DisposeAsync();
    }
}
