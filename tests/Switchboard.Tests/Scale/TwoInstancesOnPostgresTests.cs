using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Switchboard.Delivery;
using Switchboard.Tenancy;
using Switchboard.Tests.Events;
using Switchboard.Tests.Infrastructure;
using Switchboard.Twilio.Webhooks;
using Switchboard.TwilioEmulator;
using Xunit.Abstractions;

namespace Switchboard.Tests.Scale;

/// <summary>
/// Two app instances in live mode on one real PostgreSQL database, with one emulator standing
/// in for Twilio: events cross instances, and queued messages are sent once between them.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Suite", "Postgres")]
public sealed class TwoInstancesOnPostgresTests(PostgresServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Number = "+14155550123";
    private const string Key = "bootstrap-key-for-two-instances-0123456789";
    // Nothing listens on the discard port: status callbacks fail fast, signatures are checked against it.
    private const string PublicBaseUrl = "http://127.0.0.1:9";

    private TwilioEmulator.TwilioEmulator twilio = null!;

    /// <summary>Messages in the split-work test; SWITCHBOARD_SCALE_MESSAGES=10000 runs the full size.</summary>
    private static int MessageCount =>
        int.TryParse(Environment.GetEnvironmentVariable("SWITCHBOARD_SCALE_MESSAGES"), CultureInfo.InvariantCulture, out var n) ? n : 500;

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { Url = "http://127.0.0.1:0", Pacing = false };
        options.ProvisionedNumbers.Add(Number);
        twilio = await TwilioEmulator.TwilioEmulator.StartAsync(options);
    }

    public async Task DisposeAsync() => await twilio.DisposeAsync();

    [PostgresFact]
    public async Task ASubscriberOnInstanceBSeesAnSmsReceivedOnInstanceA()
    {
        var database = await PooledDatabaseAsync();
        await using var proxyA = await CountingTwilioProxy.StartAsync(twilio.BaseAddress);
        await using var proxyB = await CountingTwilioProxy.StartAsync(twilio.BaseAddress);
        using var a = await StartedAsync(database, proxyA);
        using var b = await StartedAsync(database, proxyB);
        await using var subscriber = await SseClient.ConnectAsync(b.BaseAddress, Key, "/api/v1/events?types=sms_received");
        var from = $"+1415{Random.Shared.Next(2_000_000, 9_999_999)}";
        var sid = $"SM{Guid.NewGuid():N}";

        using var webhook = TwilioWebhookSigner.CreateFormRequest(twilio.AuthToken, PublicBaseUrl + "/webhooks/twilio/sms", new Dictionary<string, string>
        {
            ["MessageSid"] = sid, ["AccountSid"] = twilio.AccountSid, ["From"] = from, ["To"] = Number,
            ["Body"] = "Hello instance A", ["NumMedia"] = "0", ["SmsStatus"] = "received", ["ApiVersion"] = "2010-04-01",
        });
        webhook.RequestUri = new Uri(a.BaseAddress, "/webhooks/twilio/sms");
        using var http = new HttpClient();
        using var answer = await http.SendAsync(webhook);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var received = await subscriber.NextAsync(item => item.Type == "sms_received", TimeSpan.FromSeconds(30));
        var data = received.Json.GetProperty("data");
        Assert.Equal(from, data.GetProperty("from").GetString());
        Assert.Equal(sid, data.GetProperty("twilioSid").GetString());
    }

    [PostgresFact]
    public async Task MessagesQueuedThroughBothInstancesReachTheHandsetsExactlyOnce()
    {
        var database = await PooledDatabaseAsync();
        await using var proxyA = await CountingTwilioProxy.StartAsync(twilio.BaseAddress);
        await using var proxyB = await CountingTwilioProxy.StartAsync(twilio.BaseAddress);
        using var a = await StartedAsync(database, proxyA);
        using var b = await StartedAsync(database, proxyB);
        var organization = await a.Services.DefaultOrganizationIdAsync();
        var recipients = Enumerable.Range(0, 50).Select(i => $"+1415666{i:D4}").ToArray();
        var total = MessageCount;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Queued through each instance's OutboundMessages (the service behind POST /api/v1/messages,
        // with its checks and its transaction), alternating instances: the HTTP loop is slower
        // than the sending, and the sending is what this test is about.
        await Parallel.ForEachAsync(Enumerable.Range(0, total), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var instance = i % 2 == 0 ? a : b;
            await using var scope = instance.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(organization);
            var result = await scope.ServiceProvider.GetRequiredService<OutboundMessages>()
                .EnqueueAsync(new OutboundRequest(recipients[i % recipients.Length], $"message {i}"), ct);
            Assert.Null(result.Problem);
        });
        var queued = clock.Elapsed;
        await Eventually.HappensAsync($"{total} messages to be created at the emulator",
            () => Task.FromResult(proxyA.MessagesCreated + proxyB.MessagesCreated >= total), TimeSpan.FromMinutes(3));
        using var emulator = new HttpClient { BaseAddress = twilio.BaseAddress };
        var handsets = await Eventually.ReturnsAsync("every message to reach its handset", async () =>
        {
            var seen = await Task.WhenAll(recipients.Select(async r =>
                (await emulator.GetFromJsonAsync<JsonElement[]>($"/_emulator/handsets/{Uri.EscapeDataString(r)}/messages"))!));
            return seen.Sum(s => s.Length) >= total ? seen : null;
        }, TimeSpan.FromMinutes(1));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{total} messages: queued through OutboundMessages in {queued.TotalSeconds:F1} s, all on handsets after {clock.Elapsed.TotalSeconds:F1} s; A sent {proxyA.MessagesCreated}, B sent {proxyB.MessagesCreated}"));
        var bodies = handsets.SelectMany(h => h.Select(m => m.GetProperty("body").GetString())).ToList();
        Assert.Equal(total, bodies.Count);
        Assert.Equal(total, bodies.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(total, proxyA.MessagesCreated + proxyB.MessagesCreated);
        Assert.True(proxyA.MessagesCreated > 0 && proxyB.MessagesCreated > 0,
            $"both instances should send: A sent {proxyA.MessagesCreated}, B sent {proxyB.MessagesCreated}");
    }

    private async Task<string> PooledDatabaseAsync() =>
        new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync()) { Pooling = true, MaxPoolSize = 20 }.ConnectionString;

    private async Task<SwitchboardApp> StartedAsync(string database, CountingTwilioProxy proxy)
    {
        var app = new SwitchboardApp(new Dictionary<string, string?>
        {
            ["TWILIO_ACCOUNT_SID"] = twilio.AccountSid,
            ["TWILIO_AUTH_TOKEN"] = twilio.AuthToken,
            ["TWILIO_PHONE_NUMBER"] = Number,
            ["PUBLIC_BASE_URL"] = PublicBaseUrl,
            ["Twilio:ApiBaseUrl"] = proxy.BaseAddress.ToString(),
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Switchboard"] = database,
            ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = Key,
            ["Delivery:Pacing"] = "false",
        }).Start();
        await app.WaitUntilReadyAsync();
        return app;
    }
}
