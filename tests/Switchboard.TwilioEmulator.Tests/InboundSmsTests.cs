using System.Net;
using System.Text.Json;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

public sealed class InboundSmsTests : IAsyncLifetime
{
    private const string Customer = EmulatorHarness.Customer;
    private const string Number = EmulatorHarness.LongCode;

    private EmulatorHarness h = null!;

    public async Task InitializeAsync()
    {
        h = await EmulatorHarness.StartAsync(configure: o => o.Pacing = false);
        await h.ConfigureSmsUrlAsync(Number, "/sms");
    }

    public async Task DisposeAsync() => await h.DisposeAsync();

    private Task<(HttpStatusCode Status, JsonElement Json)> TextAsync(string body, string to = Number, string[]? media = null) =>
        h.ControlPostAsync("/_emulator/sms", new { from = Customer, to, body, mediaUrls = media });

    [Fact]
    public async Task InboundWebhookCarriesTwiliosParametersAndAValidSignature()
    {
        var (status, result) = await TextAsync("Hello there");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, result.GetProperty("webhookStatus").GetInt32());
        Assert.Equal("<Response/>", result.GetProperty("webhookResponse").GetString());
        var sid = result.GetProperty("messageSid").GetString()!;

        var hook = Assert.Single(h.Receiver.At("/sms"));
        Assert.Equal("POST", hook.Method);
        Assert.True(hook.IsSignedBy(h.Emulator.AuthToken));
        Assert.Equal(sid, hook["MessageSid"]);
        Assert.Equal(sid, hook["SmsSid"]);
        Assert.Equal(sid, hook["SmsMessageSid"]);
        Assert.Equal(h.Emulator.AccountSid, hook["AccountSid"]);
        Assert.Equal(Customer, hook["From"]);
        Assert.Equal(Number, hook["To"]);
        Assert.Equal("Hello there", hook["Body"]);
        Assert.Equal("0", hook["NumMedia"]);
        Assert.Equal("1", hook["NumSegments"]);
        Assert.Equal("received", hook["SmsStatus"]);
        Assert.Equal("2010-04-01", hook["ApiVersion"]);
        Assert.Equal("US", hook["ToCountry"]);
        Assert.Equal("US", hook["FromCountry"]);
        Assert.False(hook.Has("OptOutType"));

        var message = await h.FetchMessageAsync(sid);
        Assert.Equal("inbound", message.GetProperty("direction").GetString());
        Assert.Equal("received", message.GetProperty("status").GetString());
        Assert.Equal("Hello there", message.GetProperty("body").GetString());
    }

    [Fact]
    public async Task WebhookUrlWithQueryAndSpaceIsSignedAsItIsSent()
    {
        await h.ConfigureSmsUrlAsync(Number, "/sms?tenant=a b&x=1");
        await TextAsync("Hi");
        var hook = Assert.Single(h.Receiver.At("/sms"));
        Assert.EndsWith("/sms?tenant=a%20b&x=1", hook.Url, StringComparison.Ordinal);
        Assert.True(hook.IsSignedBy(h.Emulator.AuthToken));
    }

    [Fact]
    public async Task GetSmsMethodPutsParametersInTheSignedQueryString()
    {
        var number = (await h.GetAsync($"{h.AccountPath}/IncomingPhoneNumbers.json?PhoneNumber=%2B15005550006")).Json.GetProperty("incoming_phone_numbers")[0];
        await h.PostFormAsync($"{h.AccountPath}/IncomingPhoneNumbers/{number.GetProperty("sid").GetString()}.json", ("SmsUrl", h.Receiver.Url("/sms-get")), ("SmsMethod", "GET"));

        await TextAsync("Hi via GET");
        var hook = Assert.Single(h.Receiver.At("/sms-get"));
        Assert.Equal("GET", hook.Method);
        Assert.Equal("Hi via GET", hook["Body"]);
        Assert.True(hook.IsSignedBy(h.Emulator.AuthToken));
    }

    [Fact]
    public async Task MediaIsPassedAsIndexedUrlsAndContentTypes()
    {
        var (_, result) = await TextAsync("look", media: ["https://example.com/cat.jpg", "https://example.com/doc.pdf"]);
        var hook = Assert.Single(h.Receiver.At("/sms"));
        Assert.StartsWith("MM", hook["MessageSid"], StringComparison.Ordinal);
        Assert.Equal("2", hook["NumMedia"]);
        Assert.Equal("https://example.com/cat.jpg", hook["MediaUrl0"]);
        Assert.Equal("image/jpeg", hook["MediaContentType0"]);
        Assert.Equal("application/pdf", hook["MediaContentType1"]);
        var message = await h.FetchMessageAsync(result.GetProperty("messageSid").GetString()!);
        Assert.Equal("2", message.GetProperty("num_media").GetString());
    }

    [Fact]
    public async Task TwimlMessageReplyIsSentAsOutboundReplyAndReachesTheHandset()
    {
        h.Receiver.Respond("/sms", 200, "text/xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Thanks, got it.</Message><Message><Body>Pic</Body><Media>https://example.com/a.png</Media></Message></Response>");
        var (_, result) = await TextAsync("Hi");
        Assert.Equal(2, result.GetProperty("replySids").GetArrayLength());

        var handset = await Eventually.WaitAsync(() => h.HandsetAsync(Customer), j => j.GetArrayLength() == 2, "both replies on the handset");
        Assert.Equal("Thanks, got it.", handset[0].GetProperty("body").GetString());
        Assert.Equal(Number, handset[0].GetProperty("from").GetString());
        Assert.Equal("https://example.com/a.png", handset[1].GetProperty("mediaUrls")[0].GetString());

        var reply = await h.FetchMessageAsync(result.GetProperty("replySids")[0].GetString()!);
        Assert.Equal("outbound-reply", reply.GetProperty("direction").GetString());
        Assert.Equal(Customer, reply.GetProperty("to").GetString());
    }

    [Fact]
    public async Task PlainTextAnswerIsSentBackWhole()
    {
        h.Receiver.Respond("/sms", 200, "text/plain", "Plain thanks");
        await TextAsync("Hi");
        var handset = await Eventually.WaitAsync(() => h.HandsetAsync(Customer), j => j.GetArrayLength() == 1, "the reply");
        Assert.Equal("Plain thanks", handset[0].GetProperty("body").GetString());
    }

    [Fact]
    public async Task FailingWebhookFallsBackWithErrorCodeAndErrorUrl()
    {
        await h.ConfigureSmsUrlAsync(Number, "/broken", fallbackPath: "/fallback");
        h.Receiver.Respond("/broken", 500, "text/plain", "boom");
        h.Receiver.Respond("/fallback", 200, "text/xml", "<Response><Message>Fallback here</Message></Response>");

        var (_, result) = await TextAsync("Hi");
        Assert.Equal(200, result.GetProperty("webhookStatus").GetInt32());
        var fallback = Assert.Single(h.Receiver.At("/fallback"));
        Assert.True(fallback.IsSignedBy(h.Emulator.AuthToken));
        Assert.Equal("11200", fallback["ErrorCode"]);
        Assert.Equal(h.Receiver.Url("/broken"), fallback["ErrorUrl"]);
        Assert.Equal("Hi", fallback["Body"]);
        await Eventually.WaitAsync(() => h.HandsetAsync(Customer), j => j.GetArrayLength() == 1, "the fallback's reply");
    }

    [Fact]
    public async Task StopBlocksTheSenderWith21610AndStartLiftsIt()
    {
        var (_, stop) = await TextAsync("  stop ");
        Assert.Equal("STOP", stop.GetProperty("optOutType").GetString());
        Assert.Equal("STOP", h.Receiver.At("/sms")[0]["OptOutType"]);
        var autoReply = Assert.Single((await h.HandsetAsync(Customer)).EnumerateArray());
        Assert.Contains("unsubscribed", autoReply.GetProperty("body").GetString(), StringComparison.Ordinal);

        var (status, error) = await h.PostFormAsync(h.AccountPath + "/Messages.json", ("To", Customer), ("From", Number), ("Body", "promo"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(21610, error.GetProperty("code").GetInt32());

        // The block is per sender: another number of the account may still text the customer.
        await h.SendSmsAsync(("Body", "from elsewhere"), ("From", EmulatorHarness.ShortCode));

        var (_, start) = await TextAsync("START");
        Assert.Equal("START", start.GetProperty("optOutType").GetString());
        Assert.Equal("START", h.Receiver.At("/sms")[1]["OptOutType"]);
        await h.SendSmsAsync(("Body", "welcome back"));
    }

    [Theory]
    [InlineData("UNSUBSCRIBE", "STOP")]
    [InlineData("Quit", "STOP")]
    [InlineData("help", "HELP")]
    [InlineData("INFO", "HELP")]
    [InlineData("stop please", null)]
    public async Task KeywordsMatchTheWholeMessageOnly(string body, string? optOutType)
    {
        await TextAsync(body);
        Assert.Equal(optOutType, h.Receiver.At("/sms")[0]["OptOutType"]);
        Assert.Equal(optOutType is null ? 0 : 1, (await h.HandsetAsync(Customer)).GetArrayLength());
    }

    [Fact]
    public async Task TextToAnUnprovisionedNumberIs404Problem()
    {
        var (status, json) = await TextAsync("Hi", to: "+15550009999");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("+15550009999", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidInboundRequestIs400NamingTheField()
    {
        var (status, json) = await h.ControlPostAsync("/_emulator/sms", new { from = "nope", to = Number, body = "Hi" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("from", json.GetProperty("field").GetString());

        (status, json) = await h.ControlPostAsync("/_emulator/sms", new { from = Customer, to = Number });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("body", json.GetProperty("field").GetString());
    }
}
