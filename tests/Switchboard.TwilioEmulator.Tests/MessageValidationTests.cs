using System.Net;
using System.Text;
using System.Text.Json;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

public sealed class MessageValidationTests : IAsyncLifetime
{
    private const string Customer = EmulatorHarness.Customer;
    private const string Sender = EmulatorHarness.LongCode;

    private EmulatorHarness h = null!;

    public async Task InitializeAsync() => h = await EmulatorHarness.StartAsync(manualClock: true);

    public async Task DisposeAsync() => await h.DisposeAsync();

    public static TheoryData<string, string[], int> Cases() => new()
    {
        { "missing To", ["From", Sender, "Body", "x"], 21604 },
        { "missing From and MessagingServiceSid", ["To", Customer, "Body", "x"], 21603 },
        { "no Body, MediaUrl or ContentSid", ["To", Customer, "From", Sender], 21602 },
        { "To not E.164", ["To", "5551234567", "From", Sender, "Body", "x"], 21211 },
        { "To equals From", ["To", Sender, "From", Sender, "Body", "x"], 21211 },
        { "From not a sender", ["To", Customer, "From", "+1-bad!", "Body", "x"], 21212 },
        { "From not owned by the account", ["To", Customer, "From", "+15550001111", "Body", "x"], 21606 },
        { "Body over 1600 characters", ["To", Customer, "From", Sender, "Body", new string('a', 1601)], 21617 },
        { "more than 10 MediaUrl", ["To", Customer, "From", Sender, .. Enumerable.Range(0, 11).SelectMany(i => new[] { "MediaUrl", $"https://example.com/{i}.png" })], 21623 },
        { "MediaUrl not a URL", ["To", Customer, "From", Sender, "MediaUrl", "not a url"], 21620 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task InvalidCreateIsRejectedWithTwiliosCode(string why, string[] pairs, int code)
    {
        var form = pairs.Chunk(2).Select(p => (p[0], p[1])).ToArray();
        var (status, json) = await h.PostFormAsync(h.AccountPath + "/Messages.json", form);
        Assert.True(status == HttpStatusCode.BadRequest, $"{why}: {(int)status} {json}");
        Assert.Equal(code, json.GetProperty("code").GetInt32());
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.Equal($"https://www.twilio.com/docs/errors/{code}", json.GetProperty("more_info").GetString());
        Assert.Equal(JsonValueKind.String, json.GetProperty("message").ValueKind);
    }

    [Fact]
    public async Task JsonBodyIsRejectedWith21604()
    {
        using var content = new StringContent("{\"To\":\"+15557654321\",\"From\":\"+15005550006\",\"Body\":\"x\"}", Encoding.UTF8, "application/json");
        using var response = await h.Http.PostAsync(h.AccountPath.TrimStart('/') + "/Messages.json", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(21604, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task RejectedCreateStoresNothing()
    {
        await h.PostFormAsync(h.AccountPath + "/Messages.json", ("To", Customer), ("From", "+15550001111"), ("Body", "x"));
        var list = (await h.GetAsync(h.AccountPath + "/Messages.json")).Json;
        Assert.Empty(MessagesApiTests.Sids(list));
    }
}
