using System.Net;
using System.Text.Json;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

public sealed class IncomingPhoneNumbersTests : IAsyncLifetime
{
    private EmulatorHarness h = null!;

    public async Task InitializeAsync() => h = await EmulatorHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    private string Numbers => h.AccountPath + "/IncomingPhoneNumbers";

    [Fact]
    public async Task ProvisionedNumbersAreListedWithEveryField()
    {
        var (status, page) = await h.GetAsync(Numbers + ".json");
        Assert.Equal(HttpStatusCode.OK, status);
        var numbers = page.GetProperty("incoming_phone_numbers").EnumerateArray().ToList();
        Assert.Equal(3, numbers.Count);
        var n = numbers.Single(x => x.GetProperty("phone_number").GetString() == EmulatorHarness.LongCode);
        Assert.Matches("^PN[0-9a-f]{32}$", n.GetProperty("sid").GetString());
        Assert.Equal("(500) 555-0006", n.GetProperty("friendly_name").GetString());
        Assert.Equal(JsonValueKind.True, n.GetProperty("capabilities").GetProperty("sms").ValueKind);
        Assert.Equal(JsonValueKind.False, n.GetProperty("capabilities").GetProperty("fax").ValueKind);
        Assert.Equal("POST", n.GetProperty("sms_method").GetString());
        Assert.Equal("", n.GetProperty("sms_url").GetString());
        Assert.Equal(JsonValueKind.False, n.GetProperty("voice_caller_id_lookup").ValueKind);
        Assert.Equal(JsonValueKind.Null, n.GetProperty("sms_application_sid").ValueKind); // the spec's AP pattern allows no empty string
        foreach (var field in new[] { "account_sid", "address_requirements", "api_version", "beta", "date_created", "date_updated",
                     "emergency_status", "emergency_address_sid", "emergency_address_status", "identity_sid", "origin",
                     "sms_application_sid", "sms_fallback_method", "sms_fallback_url", "status_callback", "status_callback_method",
                     "trunk_sid", "uri", "voice_application_sid", "voice_fallback_method", "voice_fallback_url", "voice_method",
                     "voice_url", "bundle_sid", "voice_receive_mode", "status", "type", "address_sid" })
        {
            Assert.True(n.TryGetProperty(field, out _), field);
        }

        var filtered = (await h.GetAsync(Numbers + ".json?PhoneNumber=%2B18005550100")).Json;
        Assert.Equal("toll-free", Assert.Single(filtered.GetProperty("incoming_phone_numbers").EnumerateArray()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task PurchaseUpdateFetchAndReleaseANumber()
    {
        var (created, number) = await h.PostFormAsync(Numbers + ".json", ("PhoneNumber", "+14155550123"), ("FriendlyName", "Front desk"));
        Assert.Equal(HttpStatusCode.Created, created);
        var sid = number.GetProperty("sid").GetString()!;
        Assert.Equal("Front desk", number.GetProperty("friendly_name").GetString());

        var (updated, json) = await h.PostFormAsync($"{Numbers}/{sid}.json",
            ("SmsUrl", "https://app.example.com/webhooks/twilio/sms"), ("SmsMethod", "post"), ("VoiceUrl", "https://app.example.com/webhooks/twilio/voice"));
        Assert.Equal(HttpStatusCode.OK, updated);
        Assert.Equal("https://app.example.com/webhooks/twilio/sms", json.GetProperty("sms_url").GetString());
        Assert.Equal("POST", json.GetProperty("sms_method").GetString());

        var fetched = (await h.GetAsync($"{Numbers}/{sid}.json")).Json;
        Assert.Equal("https://app.example.com/webhooks/twilio/voice", fetched.GetProperty("voice_url").GetString());
        await h.SendSmsAsync(("From", "+14155550123"), ("Body", "from the new number"));

        using var released = await h.Http.DeleteAsync($"{Numbers.TrimStart('/')}/{sid}.json");
        Assert.Equal(HttpStatusCode.NoContent, released.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await h.GetAsync($"{Numbers}/{sid}.json")).Status);
        var (refused, error) = await h.PostFormAsync(h.AccountPath + "/Messages.json", ("To", EmulatorHarness.Customer), ("From", "+14155550123"), ("Body", "x"));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal(21606, error.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task PurchaseByAreaCodePicksANumberThere()
    {
        var (status, number) = await h.PostFormAsync(Numbers + ".json", ("AreaCode", "212"));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.StartsWith("+1212", number.GetProperty("phone_number").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUpdateIsRejected()
    {
        var sid = (await h.GetAsync(Numbers + ".json")).Json.GetProperty("incoming_phone_numbers")[0].GetProperty("sid").GetString();
        var (status, json) = await h.PostFormAsync($"{Numbers}/{sid}.json", ("FriendlyName", "changed"), ("SmsUrl", "not a url"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(21502, json.GetProperty("code").GetInt32());
        Assert.NotEqual("changed", (await h.GetAsync($"{Numbers}/{sid}.json")).Json.GetProperty("friendly_name").GetString());

        var (refused, _) = await h.PostFormAsync(Numbers + ".json", ("PhoneNumber", "+14155550999"), ("SmsMethod", "PUT"));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Empty((await h.GetAsync(Numbers + ".json?PhoneNumber=%2B14155550999")).Json.GetProperty("incoming_phone_numbers").EnumerateArray());
    }
}
