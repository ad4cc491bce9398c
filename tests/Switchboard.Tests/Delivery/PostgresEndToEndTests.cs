using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Delivery;

/// <summary>
/// The whole app on a real PostgreSQL server: migrations, the inbound job claims and the outbox
/// claims (FOR UPDATE SKIP LOCKED) run their PostgreSQL SQL, end to end through the emulator.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Suite", "Postgres")]
public sealed class PostgresEndToEndTests(PostgresServer server)
{
    [PostgresFact]
    public async Task SendsAndReceivesMessagesOnPostgres()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var app = await OutboundApp.StartAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Switchboard"] = connectionString,
        });

        var sent = await app.SendAsync(new { to = "+14155550177", body = "Hello from PostgreSQL" });
        await app.WaitForStatusAsync(sent.GetProperty("id").GetString()!, "delivered");
        var inbound = await app.Emulator.PostAsJsonAsync("/_emulator/sms", new { from = "+14155550177", to = OutboundApp.BusinessNumber, body = "Got it, thanks" });
        var received = await Eventually.ReturnsAsync("the inbound message to be processed", async () =>
        {
            var page = await app.Api.GetFromJsonAsync<JsonElement>("/api/v1/messages?direction=inbound");
            return page.GetProperty("items").GetArrayLength() > 0 ? page.GetProperty("items")[0].GetProperty("body").GetString() : null;
        });

        Assert.True(inbound.IsSuccessStatusCode);
        Assert.Equal("Hello from PostgreSQL", Assert.Single(await app.HandsetAsync("+14155550177")).GetProperty("body").GetString());
        Assert.Equal("Got it, thanks", received);
    }
}
