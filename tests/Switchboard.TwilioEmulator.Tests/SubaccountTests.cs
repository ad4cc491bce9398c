using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

/// <summary>Subaccounts: each with its own SID, token, numbers and messages, and webhooks signed with its token.</summary>
public sealed class SubaccountTests : IAsyncLifetime
{
    private const string SubNumber = "+15005550777";
    private EmulatorHarness h = null!;

    public async Task InitializeAsync() => h = await EmulatorHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task TheMainAccountCreatesASubaccountWithItsOwnSidAndToken()
    {
        var (status, sub) = await h.PostFormAsync("/2010-04-01/Accounts.json", ("FriendlyName", "Shop B"));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.StartsWith("AC", sub.GetProperty("sid").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(h.Emulator.AccountSid, sub.GetProperty("sid").GetString());
        Assert.NotEqual(h.Emulator.AuthToken, sub.GetProperty("auth_token").GetString());
        Assert.Equal(h.Emulator.AccountSid, sub.GetProperty("owner_account_sid").GetString());
        Assert.Equal("Shop B", sub.GetProperty("friendly_name").GetString());

        var list = (await h.GetAsync("/2010-04-01/Accounts.json")).Json.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("sid").GetString()).ToList();
        Assert.Equal([h.Emulator.AccountSid, sub.GetProperty("sid").GetString()], list);
    }

    [Fact]
    public async Task ASubaccountAuthenticatesWithItsOwnTokenAndSeesOnlyItself()
    {
        var (sid, token) = await CreateSubaccountAsync();
        using var client = Client(sid, token);

        using var own = await client.GetAsync($"2010-04-01/Accounts/{sid}.json");
        using var parent = await client.GetAsync($"2010-04-01/Accounts/{h.Emulator.AccountSid}/Messages.json");
        using var withMainToken = Client(sid, h.Emulator.AuthToken);
        using var wrong = await withMainToken.GetAsync($"2010-04-01/Accounts/{sid}.json");
        var list = JsonDocument.Parse(await client.GetStringAsync("2010-04-01/Accounts.json")).RootElement.GetProperty("accounts");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, parent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(20003, JsonDocument.Parse(await wrong.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetInt32());
        Assert.Equal([sid], list.EnumerateArray().Select(a => a.GetProperty("sid").GetString()));
    }

    [Fact]
    public async Task NumbersAndMessagesBelongToTheirAccount()
    {
        var (sid, token) = await CreateSubaccountAsync();
        using var client = Client(sid, token);
        using var buy = await client.PostAsync($"2010-04-01/Accounts/{sid}/IncomingPhoneNumbers.json", Form(("PhoneNumber", SubNumber)));
        Assert.Equal(HttpStatusCode.Created, buy.StatusCode);

        using var send = await client.PostAsync($"2010-04-01/Accounts/{sid}/Messages.json", Form(("From", SubNumber), ("To", EmulatorHarness.Customer), ("Body", "from B")));
        var sent = JsonDocument.Parse(await send.Content.ReadAsStringAsync()).RootElement;
        var (mainSend, mainError) = await h.PostFormAsync(h.AccountPath + "/Messages.json", ("From", SubNumber), ("To", EmulatorHarness.Customer), ("Body", "x"));
        var mainNumbers = (await h.GetAsync(h.AccountPath + "/IncomingPhoneNumbers.json")).Json.GetProperty("incoming_phone_numbers");
        var mainMessages = (await h.GetAsync(h.AccountPath + "/Messages.json")).Json.GetProperty("messages");

        Assert.Equal(HttpStatusCode.Created, send.StatusCode);
        Assert.Equal(sid, sent.GetProperty("account_sid").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, mainSend);
        Assert.Equal(21606, mainError.GetProperty("code").GetInt32());
        Assert.DoesNotContain(mainNumbers.EnumerateArray(), n => n.GetProperty("phone_number").GetString() == SubNumber);
        Assert.Empty(mainMessages.EnumerateArray());
    }

    [Fact]
    public async Task WebhooksForASubaccountsNumberAreSignedWithItsToken()
    {
        var (sid, token) = await CreateSubaccountAsync();
        using var client = Client(sid, token);
        using var buy = await client.PostAsync($"2010-04-01/Accounts/{sid}/IncomingPhoneNumbers.json",
            Form(("PhoneNumber", SubNumber), ("SmsUrl", h.Receiver.Url("/b/sms"))));
        Assert.Equal(HttpStatusCode.Created, buy.StatusCode);

        var (status, _) = await h.ControlPostAsync("/_emulator/sms", new { from = EmulatorHarness.Customer, to = SubNumber, body = "hi B" });

        Assert.Equal(HttpStatusCode.OK, status);
        var webhook = Assert.Single(h.Receiver.At("/b/sms"));
        Assert.Equal(sid, webhook["AccountSid"]);
        Assert.True(webhook.IsSignedBy(token));
        Assert.False(webhook.IsSignedBy(h.Emulator.AuthToken));
    }

    private async Task<(string Sid, string Token)> CreateSubaccountAsync()
    {
        var (_, sub) = await h.PostFormAsync("/2010-04-01/Accounts.json", ("FriendlyName", "Shop B"));
        return (sub.GetProperty("sid").GetString()!, sub.GetProperty("auth_token").GetString()!);
    }

    private HttpClient Client(string user, string secret)
    {
        var client = new HttpClient { BaseAddress = h.Emulator.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}")));
        return client;
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
