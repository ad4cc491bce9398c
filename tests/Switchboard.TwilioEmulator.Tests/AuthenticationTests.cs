using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private EmulatorHarness h = null!;

    public async Task InitializeAsync() => h = await EmulatorHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Theory]
    [InlineData("right-sid", "wrong-token")]
    [InlineData("AC00000000000000000000000000000000", "right-token")]
    [InlineData(null, null)]
    public async Task BadCredentialsAre401WithCode20003(string? user, string? secret)
    {
        using var client = new HttpClient { BaseAddress = h.Emulator.BaseAddress };
        if (user is not null)
        {
            var u = user == "right-sid" ? h.Emulator.AccountSid : user;
            var s = secret == "right-token" ? h.Emulator.AuthToken : secret;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{u}:{s}")));
        }

        using var response = await client.GetAsync(h.AccountPath.TrimStart('/') + "/Messages.json");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(20003, json.GetProperty("code").GetInt32());
        Assert.Equal(401, json.GetProperty("status").GetInt32());
        Assert.Equal("https://www.twilio.com/docs/errors/20003", json.GetProperty("more_info").GetString());
    }

    [Fact]
    public async Task RightCredentialsOnAnotherAccountsPathAre401()
    {
        var (status, json) = await h.GetAsync("/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages.json");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(20003, json.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task AccountFetchConfirmsTheCredentials()
    {
        var (status, json) = await h.GetAsync($"/2010-04-01/Accounts/{h.Emulator.AccountSid}.json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(h.Emulator.AccountSid, json.GetProperty("sid").GetString());
        Assert.Equal("active", json.GetProperty("status").GetString());
        Assert.Equal($"{h.AccountPath}/Messages.json", json.GetProperty("subresource_uris").GetProperty("messages").GetString());
    }

    [Fact]
    public async Task RestAnswersCarryTwiliosRequestIdAndConcurrencyHeaders()
    {
        using var response = await h.Http.GetAsync(h.AccountPath.TrimStart('/') + "/Messages.json");
        Assert.Matches("^RQ[0-9a-f]{32}$", response.Headers.GetValues("Twilio-Request-Id").Single());
        Assert.True(int.Parse(response.Headers.GetValues("Twilio-Concurrent-Requests").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public async Task WrongMethodOnAKnownResourceIs405WithCode20004()
    {
        using var response = await h.Http.PutAsync(h.AccountPath.TrimStart('/') + "/Messages.json", new StringContent(""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(20004, json.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task UnknownResourceIs404WithCode20404()
    {
        var (status, json) = await h.GetAsync($"{h.AccountPath}/Nonexistent.json");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(20404, json.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task ApiKeyCreatedThroughRestAuthenticatesUntilDeleted()
    {
        var (created, key) = await h.PostFormAsync(h.AccountPath + "/Keys.json", ("FriendlyName", "worker"));
        Assert.Equal(HttpStatusCode.Created, created);
        var sid = key.GetProperty("sid").GetString()!;
        Assert.Matches("^SK[0-9a-f]{32}$", sid);
        Assert.Equal("worker", key.GetProperty("friendly_name").GetString());

        using var client = new HttpClient { BaseAddress = h.Emulator.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sid}:{key.GetProperty("secret").GetString()}")));
        using (var ok = await client.GetAsync(h.AccountPath.TrimStart('/') + "/Messages.json"))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var fetched = (await h.GetAsync($"{h.AccountPath}/Keys/{sid}.json")).Json;
        Assert.False(fetched.TryGetProperty("secret", out _), "the secret is only shown at creation");

        using var deleted = await h.Http.DeleteAsync($"{h.AccountPath.TrimStart('/')}/Keys/{sid}.json");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var refused = await client.GetAsync(h.AccountPath.TrimStart('/') + "/Messages.json");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task GeneratedCredentialsHaveTwiliosShapes()
    {
        Assert.Matches("^AC[0-9a-f]{32}$", h.Emulator.AccountSid);
        Assert.Matches("^[0-9a-f]{32}$", h.Emulator.AuthToken);
        Assert.NotEqual(0, h.Emulator.BaseAddress.Port);
        using var client = new HttpClient { BaseAddress = h.Emulator.BaseAddress };
        var account = JsonDocument.Parse(await client.GetStringAsync("_emulator/account")).RootElement;
        Assert.Equal(h.Emulator.AccountSid, account.GetProperty("accountSid").GetString());
        Assert.Equal(h.Emulator.AuthToken, account.GetProperty("authToken").GetString());
        Assert.Contains(EmulatorHarness.LongCode, account.GetProperty("numbers").EnumerateArray().Select(n => n.GetString()));
    }
}
