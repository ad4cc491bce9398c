using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Events;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Events;

/// <summary>Two app instances on one real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Suite", "Postgres")]
public sealed class PostgresEventFanOutTests(PostgresServer server)
{
    private const string Key = "bootstrap-key-for-postgres-fan-out-0123";

    [PostgresFact]
    public async Task AnEventWrittenThroughInstanceAReachesASubscriberOnInstanceB()
    {
        var database = await server.CreateDatabaseAsync();
        using var a = Instance(database, pollMilliseconds: 1000).Start();
        await a.WaitUntilReadyAsync();
        // B polls only once a minute: the event can reach it this fast only through NOTIFY.
        using var b = Instance(database, pollMilliseconds: 60_000).Start();
        await b.WaitUntilReadyAsync();
        await using var subscriber = await SseClient.ConnectAsync(b.BaseAddress, Key);
        var organization = await a.Services.DefaultOrganizationIdAsync();

        var id = await a.Services.RaiseEventAsync(organization, EventTypes.SmsReceived, new { messageId = "m-a", to = "+14155550100" });

        var received = await subscriber.NextEventAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), received.Id);
        Assert.Equal("m-a", received.Json.GetProperty("data").GetProperty("messageId").GetString());
    }

    [PostgresFact]
    public async Task EachEventIsDeliveredToAWebhookOnceWhenTwoInstancesShareTheWork()
    {
        var database = await server.CreateDatabaseAsync();
        using var a = Instance(database, pollMilliseconds: 1000).Start();
        await a.WaitUntilReadyAsync();
        using var b = Instance(database, pollMilliseconds: 1000).Start();
        await b.WaitUntilReadyAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        using var admin = b.ApiClient(Key);
        var created = await admin.PostAsJsonAsync("/api/v1/webhooks/endpoints", new { url = receiver.Url, eventTypes = new[] { EventTypes.SmsSent } });
        var endpoint = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var organization = await a.Services.DefaultOrganizationIdAsync();

        var ids = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(await a.Services.RaiseEventAsync(organization, EventTypes.SmsSent, new { n = i }));
            ids.Add(await b.Services.RaiseEventAsync(organization, EventTypes.SmsSent, new { n = i }));
        }

        await Eventually.HappensAsync("every delivery to succeed", async () =>
        {
            var log = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/endpoints/{endpoint}/deliveries");
            return log.GetArrayLength() == ids.Count && log.EnumerateArray().All(d => d.GetProperty("status").GetString() == "succeeded");
        });
        Assert.Equal(
            ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(),
            receiver.Requests.Select(r => r.EventId!).Order());
    }

    private static SwitchboardApp Instance(string database, int pollMilliseconds) => new(new Dictionary<string, string?>
    {
        ["Webhooks:PollMilliseconds"] = "50",
        ["Database:Provider"] = "postgres",
        ["ConnectionStrings:Switchboard"] = database,
        ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = Key,
        ["Events:PollMilliseconds"] = pollMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });
}
