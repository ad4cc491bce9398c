using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Delivery;

/// <summary>Sender choice with two sandbox numbers, and test mode's verified recipients.</summary>
public sealed class SenderAndTestModeTests
{
    private const string SecondNumber = "+14155550199";

    [Fact]
    public async Task AContactWhoTextedTheSecondNumberGetsRepliesFromIt()
    {
        await using var app = await OutboundApp.StartAsync();
        await app.AddNumberAsync(SecondNumber);
        await app.CustomerTextsAsync("+14155550131", SecondNumber, "Is the shop open today?");
        await Eventually.HappensAsync("the inbound message to be threaded", async () =>
        {
            var list = await app.Api.GetFromJsonAsync<JsonElement>("/api/v1/messages?direction=inbound");
            return list.ToString().Contains("+14155550131", StringComparison.Ordinal);
        });

        var reply = await app.SendAsync(new { to = "+14155550131", body = "Yes, until six" });

        Assert.Equal(SecondNumber, reply.GetProperty("from").GetString());
        await app.WaitForStatusAsync(reply.GetProperty("id").GetString()!, "delivered");
        Assert.Equal(SecondNumber, Assert.Single(await app.HandsetAsync("+14155550131")).GetProperty("from").GetString());
    }

    [Fact]
    public async Task NewRecipientsGoToTheLeastLoadedNumber()
    {
        // The dispatcher is off, so queued messages stay in the outbox and count as load.
        await using var app = await OutboundApp.StartAsync(new Dictionary<string, string?> { ["Delivery:DispatcherEnabled"] = "false" });
        await app.AddNumberAsync(SecondNumber);

        var froms = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            froms.Add((await app.SendAsync(new { to = $"+1415555014{i}", body = "hello" })).GetProperty("from").GetString()!);
        }

        Assert.Equal(2, froms.Count(f => f == OutboundApp.BusinessNumber));
        Assert.Equal(2, froms.Count(f => f == SecondNumber));
    }

    [Fact]
    public async Task TestModeRefusesUnverifiedRecipientsAndSendsToVerifiedOnes()
    {
        await using var app = await OutboundApp.StartAsync(new Dictionary<string, string?> { ["TWILIO_TEST_MODE"] = "true" });

        var refused = await app.Api.PostAsJsonAsync("/api/v1/messages", new { to = "+14155550151", body = "hi" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("unverified_recipient", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        var verified = await app.Api.PostAsJsonAsync("/api/v1/delivery/verified-numbers", new { phone = "(415) 555-0151" });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var sent = await app.SendAsync(new { to = "+14155550151", body = "hi" });
        await app.WaitForStatusAsync(sent.GetProperty("id").GetString()!, "delivered");
        Assert.Single(await app.HandsetAsync("+14155550151"));
        Assert.Empty(await app.HandsetAsync("+14155550152"));
    }
}
