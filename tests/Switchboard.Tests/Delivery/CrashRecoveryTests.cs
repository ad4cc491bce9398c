using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Switchboard.Tests.Infrastructure;
using Switchboard.TwilioEmulator;

namespace Switchboard.Tests.Delivery;

/// <summary>
/// The app as a separate process, in live mode against an emulator this test hosts (so Twilio
/// outlives the crash): killed with SIGKILL in the middle of a paced batch and restarted on the
/// same database, every message reaches its handset exactly once.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const string Number = "+14155550100";
    private const string Key = "crash-tests-key-0123456789abcdef012345";
    private const int Batch = 50;
    private TwilioEmulator.TwilioEmulator twilio = null!;
    private string dataDirectory = null!;

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { Url = "http://127.0.0.1:0", Pacing = false };
        options.ProvisionedNumbers.Add(Number);
        twilio = await TwilioEmulator.TwilioEmulator.StartAsync(options);
        dataDirectory = Directory.CreateTempSubdirectory("switchboard-crash-").FullName;
    }

    public async Task DisposeAsync()
    {
        await twilio.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    [Fact]
    public async Task EveryMessageReachesItsHandsetExactlyOnceAfterAKillMidBatch()
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        using var emulator = new HttpClient { BaseAddress = twilio.BaseAddress };
        using var api = new HttpClient { BaseAddress = url };
        api.DefaultRequestHeaders.Authorization = new("Bearer", Key);
        var handsets = Enumerable.Range(0, Batch).Select(i => $"+1415557{i:D4}").ToList();
        var ids = new List<string>();

        using (var first = StartApp(url))
        {
            await WaitReadyAsync(api, first);

            // The whole batch is due at one moment after it is queued, however slowly the machine
            // queues it, so the kill lands while the paced batch is going out.
            var sendAt = DateTimeOffset.UtcNow.AddSeconds(15);
            foreach (var to in handsets)
            {
                var response = await api.PostAsJsonAsync("/api/v1/messages", new { to, body = $"batch message for {to}", sendAt });
                Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
                ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
            }

            await Eventually.HappensAsync("part of the batch to reach the handsets", async () => await ReachedAsync(emulator, handsets) >= 10, TimeSpan.FromSeconds(60));
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        Assert.InRange(await ReachedAsync(emulator, handsets), 10, Batch - 1);

        using var second = StartApp(url);
        try
        {
            await WaitReadyAsync(api, second);
            var waiting = "";
            try
            {
                await Eventually.HappensAsync("every message to be delivered and out of the outbox", async () =>
                {
                    foreach (var id in ids)
                    {
                        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/messages/{id}");
                        if (detail.GetProperty("message").GetProperty("status").GetString() != "delivered" || detail.GetProperty("pending").GetBoolean())
                        {
                            waiting = detail.ToString();
                            return false;
                        }
                    }

                    return true;
                }, TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException e)
            {
                var output = outputs[second.Id];
                lock (output)
                {
                    throw new TimeoutException($"{e.Message} Still waiting: {waiting}\n{output.ToString()[^Math.Min(3000, output.Length)..]}", e);
                }
            }

            foreach (var to in handsets)
            {
                var received = await HandsetAsync(emulator, to);
                Assert.True(received.Length == 1, $"{to} received {received.Length} messages");
                Assert.Equal($"batch message for {to}", received[0].GetProperty("body").GetString());
            }
        }
        finally
        {
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }
    }

    private Process StartApp(Uri url)
    {
        var info = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "Switchboard.dll"))
        {
            WorkingDirectory = dataDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        var env = info.Environment;
        env["ASPNETCORE_URLS"] = url.ToString();
        env["ASPNETCORE_ENVIRONMENT"] = "Testing";
        env["ConnectionStrings__Switchboard"] = $"Data Source={Path.Combine(dataDirectory, "switchboard.db")}";
        env["TWILIO_ACCOUNT_SID"] = twilio.AccountSid;
        env["TWILIO_AUTH_TOKEN"] = twilio.AuthToken;
        env["TWILIO_PHONE_NUMBER"] = Number;
        env["Twilio__ApiBaseUrl"] = twilio.BaseAddress.ToString();
        env["PUBLIC_BASE_URL"] = url.ToString();
        env["SWITCHBOARD_BOOTSTRAP_API_KEY"] = Key;
        // The test watches the outbox by polling the API much faster than a client should.
        env["RateLimits__Enabled"] = "false";
        // Paced at 5 a second, the batch takes about 10 s: long enough to be killed in the middle.
        env["Delivery__LongCodeMps"] = "5";
        env["Delivery__LeaseDuration"] = "00:00:03";
        env["Delivery__PacingHorizon"] = "00:00:01";
        env["Delivery__PollInterval"] = "00:00:00.200";
        env["Delivery__OutcomeUnknownDelay"] = "00:00:00.500";
        // Callbacks that came while the app was down are lost: the stuck-message reconciler asks Twilio.
        env["Delivery__StuckAfter"] = "00:00:02";
        env["Delivery__ReconcileInterval"] = "00:00:01";
        var process = Process.Start(info)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        outputs[process.Id] = output;
        return process;
    }

    private readonly Dictionary<int, StringBuilder> outputs = [];

    private async Task WaitReadyAsync(HttpClient api, Process process)
    {
        try
        {
            await Eventually.HappensAsync("the app process to be ready", async () =>
            {
                Assert.False(process.HasExited, "the app exited");
                try
                {
                    return (await api.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, TimeSpan.FromSeconds(60));
        }
        catch (Exception e) when (e is TimeoutException or Xunit.Sdk.XunitException)
        {
            var output = outputs[process.Id];
            lock (output)
            {
                throw new TimeoutException($"{e.Message}\n{output.ToString()[^Math.Min(4000, output.Length)..]}", e);
            }
        }
    }

    private static async Task<int> ReachedAsync(HttpClient emulator, IEnumerable<string> handsets)
    {
        var reached = 0;
        foreach (var to in handsets)
        {
            reached += (await HandsetAsync(emulator, to)).Length;
        }

        return reached;
    }

    private static async Task<JsonElement[]> HandsetAsync(HttpClient emulator, string phone) =>
        (await emulator.GetFromJsonAsync<JsonElement[]>($"/_emulator/handsets/{Uri.EscapeDataString(phone)}/messages"))!;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
