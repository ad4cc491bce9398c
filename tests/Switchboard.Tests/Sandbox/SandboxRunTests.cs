using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Sandbox;
using Switchboard.Setup;
using Switchboard.Tests.Infrastructure;
using Switchboard.Twilio.Rest;

namespace Switchboard.Tests.Sandbox;

/// <summary>A fresh start with no Twilio account: the emulator in-process, everything wired over HTTP.</summary>
public sealed class SandboxRunTests : IAsyncLifetime
{
    private const string BootstrapKey = "bootstrap-key-for-sandbox-tests-0123456789";
    private readonly SwitchboardApp app = new(new Dictionary<string, string?> { ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = BootstrapKey });

    public async Task InitializeAsync()
    {
        app.Start();
        await app.WaitUntilReadyAsync();
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheBootstrapKeyReadsTheDemoOrganisation()
    {
        using var client = app.ApiClient(BootstrapKey);

        var organization = await client.GetFromJsonAsync<JsonElement>("/api/v1/organization");

        Assert.Equal("Demo organisation", organization.GetProperty("name").GetString());
        Assert.Equal("default", organization.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task TheDeveloperKeyFromTheBannerWorks()
    {
        var banner = app.Services.GetRequiredService<SetupState>().Banner!;
        using var client = app.ApiClient(banner.DeveloperApiKey!);

        var response = await client.GetAsync("/api/v1/organization");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("sb_", banner.DeveloperApiKey, StringComparison.Ordinal);
        Assert.Contains(banner.DeveloperApiKey!, banner.Render(), StringComparison.Ordinal);
        Assert.Contains("/webhooks/twilio/sms", banner.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSandboxNumberBelongsToTheOrganisationAndPointsAtTheApp()
    {
        using var client = app.ApiClient(BootstrapKey);
        var emulator = await app.Services.GetRequiredService<SandboxEmulator>().Started;
        var twilio = app.Services.GetRequiredService<ITwilioClientFactory>()
            .Create(TwilioCredentials.FromAuthToken(emulator.AccountSid, emulator.AuthToken), emulator.BaseAddress);

        var numbers = await client.GetFromJsonAsync<JsonElement>("/api/v1/numbers");
        var incoming = await twilio.IncomingPhoneNumbers.ListPageAsync(new() { PhoneNumber = "+14155550100" });

        var number = Assert.Single(numbers.EnumerateArray());
        Assert.Equal("+14155550100", number.GetProperty("phoneNumber").GetString());
        var configured = Assert.Single(incoming.Items);
        Assert.Equal(number.GetProperty("twilioSid").GetString(), configured.Sid);
        Assert.Equal(new Uri(app.BaseAddress, "/webhooks/twilio/sms").ToString(), configured.SmsUrl);
        Assert.Equal(new Uri(app.BaseAddress, "/webhooks/twilio/voice").ToString(), configured.VoiceUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sb_not-a-real-key-at-all-0000000000000000")]
    [InlineData("bootstrap-key-for-sandbox-tests-0123456788")]
    public async Task TheApiRefusesMissingAndWrongKeysWithProblemDetails(string? key)
    {
        using var client = key is null ? new HttpClient { BaseAddress = app.BaseAddress } : app.ApiClient(key);

        var response = await client.GetAsync("/api/v1/organization");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task TheEmulatorControlApiServesTheSandboxAccount()
    {
        var emulator = await app.Services.GetRequiredService<SandboxEmulator>().Started;
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        var account = await client.GetFromJsonAsync<JsonElement>("/_emulator/account");

        Assert.Equal(emulator.AccountSid, account.GetProperty("accountSid").GetString());
        Assert.Contains(account.GetProperty("numbers").EnumerateArray(), n => n.ToString().Contains("+14155550100", StringComparison.Ordinal));
    }
}
