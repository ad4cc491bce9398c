using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Sandbox;
using Switchboard.Setup;
using Switchboard.Tests.Infrastructure;
using Switchboard.Twilio.Rest;
using Switchboard.TwilioEmulator;

namespace Switchboard.Tests.TwilioAccount;

/// <summary>
/// With Twilio credentials the app talks to "Twilio" (here an emulator the test starts on its own,
/// standing where api.twilio.com would be) and hosts no emulator of its own.
/// </summary>
public sealed class LiveModeTests : IAsyncLifetime
{
    private const string Number = "+14155550123";
    private TwilioEmulator.TwilioEmulator twilio = null!;

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { Url = "http://127.0.0.1:0" };
        options.ProvisionedNumbers.Add(Number);
        twilio = await TwilioEmulator.TwilioEmulator.StartAsync(options);
    }

    public async Task DisposeAsync() => await twilio.DisposeAsync();

    [Fact]
    public async Task ConnectsTheConfiguredNumberAndPointsItsWebhooksAtThePublicUrl()
    {
        using var app = StartApp(twilio.AuthToken);
        await app.WaitUntilReadyAsync();

        var client = app.Services.GetRequiredService<ITwilioClientFactory>()
            .Create(TwilioCredentials.FromAuthToken(twilio.AccountSid, twilio.AuthToken), twilio.BaseAddress);
        var number = Assert.Single((await client.IncomingPhoneNumbers.ListPageAsync(new() { PhoneNumber = Number })).Items);
        var banner = app.Services.GetRequiredService<SetupState>().Banner!;

        Assert.Equal("https://sms.example.com/webhooks/twilio/sms", number.SmsUrl);
        Assert.Equal("https://sms.example.com/webhooks/twilio/voice", number.VoiceUrl);
        Assert.False(app.Services.GetRequiredService<SandboxEmulator>().Enabled);
        Assert.Null(banner.DeveloperApiKey);
        Assert.Contains("live (Twilio)", banner.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsNotReadyWithTheReasonWhenTwilioRejectsTheCredentials()
    {
        var wrongToken = new string('f', 32);
        using var app = StartApp(wrongToken);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };

        var report = await Eventually.ReturnsAsync("setup to fail", async () =>
        {
            var response = await http.GetAsync("/health/ready");
            var body = await response.Content.ReadAsStringAsync();
            return response.StatusCode == HttpStatusCode.ServiceUnavailable && body.Contains("setup failed", StringComparison.Ordinal) ? body : null;
        });

        Assert.Contains("20003", report, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongToken, report, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(wrongToken, StringComparison.Ordinal));
    }

    private SwitchboardApp StartApp(string authToken) => new SwitchboardApp(new Dictionary<string, string?>
    {
        ["TWILIO_ACCOUNT_SID"] = twilio.AccountSid,
        ["TWILIO_AUTH_TOKEN"] = authToken,
        ["TWILIO_PHONE_NUMBER"] = Number,
        ["PUBLIC_BASE_URL"] = "https://sms.example.com",
        ["Twilio:ApiBaseUrl"] = twilio.BaseAddress.ToString(),
    }).Start();
}
