using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

public sealed partial class MessagesApiTests : IAsyncLifetime
{
    private EmulatorHarness h = null!;

    public async Task InitializeAsync() => h = await EmulatorHarness.StartAsync(manualClock: true);

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task CreatedMessageHasEveryFieldWithTwiliosJsonTypes()
    {
        using var content = new FormUrlEncodedContent([new("To", EmulatorHarness.Customer), new("From", EmulatorHarness.LongCode), new("Body", "Hi there")]);
        using var response = await h.Http.PostAsync(h.AccountPath.TrimStart('/') + "/Messages.json", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var m = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        string[] expected =
        [
            "account_sid", "api_version", "body", "date_created", "date_sent", "date_updated", "direction", "error_code",
            "error_message", "from", "messaging_service_sid", "num_media", "num_segments", "price", "price_unit", "sid",
            "status", "subresource_uris", "to", "uri",
        ];
        Assert.Equal(expected.Order(), m.EnumerateObject().Select(p => p.Name).Order());
        Assert.Matches(SmSid(), m.GetProperty("sid").GetString());
        Assert.Equal(h.Emulator.AccountSid, m.GetProperty("account_sid").GetString());
        Assert.Equal("2010-04-01", m.GetProperty("api_version").GetString());
        Assert.Equal("Hi there", m.GetProperty("body").GetString());
        Assert.Equal("queued", m.GetProperty("status").GetString());
        Assert.Equal("outbound-api", m.GetProperty("direction").GetString());
        Assert.Equal(JsonValueKind.String, m.GetProperty("num_segments").ValueKind);
        Assert.Equal("1", m.GetProperty("num_segments").GetString());
        Assert.Equal("0", m.GetProperty("num_media").GetString());
        Assert.Equal(JsonValueKind.Null, m.GetProperty("error_code").ValueKind);
        Assert.Equal(JsonValueKind.Null, m.GetProperty("price").ValueKind);
        Assert.Equal(JsonValueKind.Null, m.GetProperty("date_sent").ValueKind);
        Assert.Equal(JsonValueKind.Null, m.GetProperty("messaging_service_sid").ValueKind);
        Assert.Equal("Mon, 02 Mar 2026 09:30:00 +0000", m.GetProperty("date_created").GetString());
        Assert.Equal(EmulatorHarness.Customer, m.GetProperty("to").GetString());
        Assert.Equal(EmulatorHarness.LongCode, m.GetProperty("from").GetString());
        var sid = m.GetProperty("sid").GetString();
        Assert.Equal($"{h.AccountPath}/Messages/{sid}.json", m.GetProperty("uri").GetString());
        Assert.Equal($"{h.AccountPath}/Messages/{sid}/Media.json", m.GetProperty("subresource_uris").GetProperty("media").GetString());
    }

    [Fact]
    public async Task DeliveredMessageCarriesPriceAndDateSentAndAnIntegerFreeErrorCode()
    {
        var sid = (await h.SendSmsAsync(("Body", "Hello"))).GetProperty("sid").GetString()!;
        var m = await h.WaitForStatusAsync(sid, "delivered");
        Assert.Equal("-0.00790", m.GetProperty("price").GetString());
        Assert.Equal("USD", m.GetProperty("price_unit").GetString());
        Assert.Equal("Mon, 02 Mar 2026 09:30:00 +0000", m.GetProperty("date_sent").GetString());
        Assert.Equal(JsonValueKind.Null, m.GetProperty("error_code").ValueKind);
    }

    [Fact]
    public async Task MessageWithMediaGetsAnMmSidAndCountsItsMedia()
    {
        var m = await h.SendSmsAsync(("MediaUrl", "https://example.com/a.png"), ("MediaUrl", "https://example.com/b.jpg"));
        Assert.Matches(MmSid(), m.GetProperty("sid").GetString());
        Assert.Equal("2", m.GetProperty("num_media").GetString());
        Assert.Equal("", m.GetProperty("body").GetString());
    }

    [Fact]
    public async Task FormBodyAcceptsPlusAndPercentTwentyForSpaces()
    {
        using var content = new StringContent($"To=%2B15557654321&From=%2B15005550006&Body=one+two%20three", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await h.Http.PostAsync(h.AccountPath.TrimStart('/') + "/Messages.json", content);
        var m = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("one two three", m.GetProperty("body").GetString());
    }

    [Fact]
    public async Task LongUnicodeBodyIsCountedInSegments()
    {
        var m = await h.SendSmsAsync(("Body", new string('a', 150) + "✓"));
        Assert.Equal("3", m.GetProperty("num_segments").GetString());
    }

    [Fact]
    public async Task FetchReturnsTheMessageAndUnknownSidIs404WithCode20404()
    {
        var sid = (await h.SendSmsAsync(("Body", "Hello"))).GetProperty("sid").GetString()!;
        var (status, json) = await h.GetAsync($"{h.AccountPath}/Messages/{sid}.json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(sid, json.GetProperty("sid").GetString());

        var (missing, error) = await h.GetAsync($"{h.AccountPath}/Messages/SM00000000000000000000000000000000.json");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal(20404, error.GetProperty("code").GetInt32());
        Assert.Equal(404, error.GetProperty("status").GetInt32());
        Assert.Equal("https://www.twilio.com/docs/errors/20404", error.GetProperty("more_info").GetString());
    }

    [Fact]
    public async Task SmartEncodedBodyIsStoredWithLookAlikesReplaced()
    {
        var m = await h.SendSmsAsync(("Body", "“Quoted” — fine"), ("SmartEncoded", "true"));
        Assert.Equal("\"Quoted\" - fine", m.GetProperty("body").GetString());
        Assert.Equal("1", m.GetProperty("num_segments").GetString());
    }

    internal static List<string> Sids(JsonElement page) =>
        page.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("sid").GetString()!).ToList();

    [GeneratedRegex("^SM[0-9a-f]{32}$")]
    private static partial Regex SmSid();

    [GeneratedRegex("^MM[0-9a-f]{32}$")]
    private static partial Regex MmSid();
}
