using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Tests.Infrastructure;
using Switchboard.Tests.Security;
using Switchboard.Users;

namespace Switchboard.Tests.Users;

public sealed class SignInRateLimitTests
{
    private const string Key = "sign-in-rate-limit-key-0123456789abcdef";

    private static async Task<SwitchboardApp> StartAsync(int perEmail, int perAddress, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = Key,
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:SignInPerEmailPermitLimit"] = perEmail.ToString(CultureInfo.InvariantCulture),
            ["RateLimits:SignInPerAddressPermitLimit"] = perAddress.ToString(CultureInfo.InvariantCulture),
            ["RateLimits:SignInWindow"] = "00:10:00",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = new SwitchboardApp(settings).Start();
        await app.WaitUntilReadyAsync();
        return app;
    }

    [Fact]
    public async Task OneEmailOverItsLimitGets429WithRetryAfterWhileOtherEmailsGoOn()
    {
        using var app = await StartAsync(perEmail: 3, perAddress: 1000);
        var email = UserFixtures.NewEmail();
        await UserFixtures.CreateAsync(app, await TenantFixtures.DefaultOrganizationIdAsync(app), email, UserRole.Agent);
        using var browser = new SessionClient(app);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SignInAsync("Someone@Example.com", "guess " + i)).StatusCode);
        }

        var refused = await browser.SignInAsync("someone@example.com", "guess 4");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(429, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync(email, UserFixtures.Password)).StatusCode);
    }

    [Fact]
    public async Task OneClientAddressOverItsLimitGets429WhateverEmailItTries()
    {
        using var app = await StartAsync(perEmail: 1000, perAddress: 2);
        using var browser = new SessionClient(app);
        await browser.SignInAsync(UserFixtures.NewEmail(), "guess");
        await browser.SignInAsync(UserFixtures.NewEmail(), "guess");

        var refused = await browser.SignInAsync(UserFixtures.NewEmail(), "guess");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task BehindATrustedProxyEachForwardedClientHasItsOwnWindowAndIsAudited()
    {
        using var app = await StartAsync(perEmail: 1000, perAddress: 1, new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        var email = UserFixtures.NewEmail();
        await UserFixtures.CreateAsync(app, await TenantFixtures.DefaultOrganizationIdAsync(app), email, UserRole.Agent);
        using var browser = new SessionClient(app);

        var first = await SignInFromAsync(browser, "203.0.113.7", email, "wrong password");
        var second = await SignInFromAsync(browser, "203.0.113.8", email, "wrong password");
        var again = await SignInFromAsync(browser, "203.0.113.7", email, "wrong password");

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        using var api = app.ApiClient(Key);
        var audit = await api.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=user.sign_in_failed");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("ipAddress").GetString() == "203.0.113.8");
    }

    [Fact]
    public async Task WithoutTrustedProxiesForwardedAddressesAreIgnored()
    {
        using var app = await StartAsync(perEmail: 1000, perAddress: 1);
        using var browser = new SessionClient(app);

        await SignInFromAsync(browser, "203.0.113.7", UserFixtures.NewEmail(), "guess");
        var spoofed = await SignInFromAsync(browser, "203.0.113.8", UserFixtures.NewEmail(), "guess");

        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed.StatusCode);
    }

    private static Task<HttpResponseMessage> SignInFromAsync(SessionClient browser, string address, string email, string password) =>
        browser.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = JsonContent.Create(new { email, password }),
            Headers = { { "X-Forwarded-For", address } },
        });
}
