using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Security;

public sealed class RateLimitTests
{
    private const string Key = "rate-limit-tests-key-0123456789abcdef";

    private static async Task<SwitchboardApp> StartAsync(int perKey, int perAddress)
    {
        var app = new SwitchboardApp(new Dictionary<string, string?>
        {
            ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = Key,
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:PerKeyPermitLimit"] = perKey.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:PerAddressPermitLimit"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:Window"] = "00:10:00",
        }).Start();
        await app.WaitUntilReadyAsync();
        return app;
    }

    [Fact]
    public async Task AKeyOverItsLimitGets429WithRetryAfterWhileOtherKeysGoOn()
    {
        using var app = await StartAsync(perKey: 3, perAddress: 1000);
        using var api = app.ApiClient(Key);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/organization")).StatusCode);
        }

        var refused = await api.GetAsync("/api/v1/organization");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());

        var created = await TenantFixtures.CreateKeyAsync(app, await TenantFixtures.DefaultOrganizationIdAsync(app), Tenancy.ApiKeyRole.Admin);
        using var other = app.ApiClient(created);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/organization")).StatusCode);
    }

    [Fact]
    public async Task AClientAddressOverItsLimitGets429WhateverKeyItUsesButWebhooksAreNeverLimited()
    {
        using var app = await StartAsync(perKey: 1000, perAddress: 2);
        using var anonymous = new HttpClient { BaseAddress = app.BaseAddress };
        await anonymous.GetAsync("/api/v1/organization");
        await anonymous.GetAsync("/api/v1/organization");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.GetAsync("/api/v1/organization")).StatusCode);
        using var api = app.ApiClient(Key);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await api.GetAsync("/api/v1/organization")).StatusCode);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/webhooks/twilio/sms")).StatusCode);
        }
    }

    [Theory]
    [InlineData("RateLimits:Window", "00:00:00", "RateLimits:Window")]
    [InlineData("RateLimits:PerKeyPermitLimit", "0", "RateLimits:PerKeyPermitLimit")]
    [InlineData("Webhooks:AllowedNetworks:0", "10.0.0.0/99", "Webhooks:AllowedNetworks")]
    [InlineData("RequestLimits:WebhookMaxBodyBytes", "10", "RequestLimits:WebhookMaxBodyBytes")]
    [InlineData("RateLimits:SignInPerEmailPermitLimit", "0", "RateLimits:SignInPerEmailPermitLimit")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.example", "ForwardedHeaders:KnownProxies")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99", "ForwardedHeaders:KnownNetworks")]
    [InlineData("Users:MaxFailedAttempts", "0", "Users:MaxFailedAttempts")]
    [InlineData("Users:MinimumPasswordLength", "4", "Users:MinimumPasswordLength")]
    [InlineData("SWITCHBOARD_BOOTSTRAP_ADMIN_EMAIL", "admin@example.com", "SWITCHBOARD_BOOTSTRAP_ADMIN_PASSWORD")]
    public void RefusesToStartWithABadSecuritySetting(string key, string value, string expected)
    {
        var validation = Assert.IsType<OptionsValidationException>(SwitchboardApp.StartFailure(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(expected, validation.Message, StringComparison.Ordinal);
    }
}
