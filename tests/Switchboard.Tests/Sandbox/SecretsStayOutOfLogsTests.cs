using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Switchboard.Sandbox;
using Switchboard.Setup;
using Switchboard.Tests.Infrastructure;
using Switchboard.Twilio.Rest;
using Switchboard.TwilioAccount;

namespace Switchboard.Tests.Sandbox;

/// <summary>
/// A full sandbox run, at every log level: start-up, keys, the emulator, webhooks and API calls.
/// Neither the logs nor any API answer may hold the auth token or an API key.
/// </summary>
public sealed class SecretsStayOutOfLogsTests
{
    private const string BootstrapKey = "bootstrap-secret-for-the-log-scan-9f8e7d6c";

    [Fact]
    public async Task NoSecretAppearsInAnyLogLineOrApiAnswerOfAFullSandboxRun()
    {
        using var app = new SwitchboardApp(new Dictionary<string, string?> { ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = BootstrapKey });
        app.Start();
        await app.WaitUntilReadyAsync();
        var emulator = await app.Services.GetRequiredService<SandboxEmulator>().Started;
        var developerKey = app.Services.GetRequiredService<SetupState>().Banner!.DeveloperApiKey!;
        var answers = new List<string>();

        using (var api = app.ApiClient(BootstrapKey))
        {
            answers.Add(await api.GetStringAsync("/api/v1/organization"));
            answers.Add(await api.GetStringAsync("/api/v1/numbers"));
            answers.Add(await api.GetStringAsync("/openapi/v1.json"));
            answers.Add(await api.GetStringAsync("/health/ready"));
        }

        using (var api = app.ApiClient(developerKey))
        {
            answers.Add(await api.GetStringAsync("/api/v1/organization"));
        }

        using (var wrong = app.ApiClient(developerKey[..^4] + "AAAA"))
        {
            answers.Add(await (await wrong.GetAsync("/api/v1/numbers")).Content.ReadAsStringAsync());
        }

        // Twilio's side of the run: an outbound message with callbacks to the app, a customer's text.
        var twilio = app.Services.GetRequiredService<ITwilioClientFactory>()
            .Create(TwilioCredentials.FromAuthToken(emulator.AccountSid, emulator.AuthToken), emulator.BaseAddress);
        await twilio.Messages.CreateAsync(new CreateMessageRequest
        {
            To = "+14155550199", From = "+14155550100", Body = "log scan", StatusCallback = new Uri(app.BaseAddress, "/webhooks/twilio/sms/status"),
        });
        using (var control = new HttpClient { BaseAddress = emulator.BaseAddress })
        {
            var inbound = await control.PostAsJsonAsync("/_emulator/sms", new { from = "+14155550199", to = "+14155550100", body = "hello" });
            answers.Add(await inbound.Content.ReadAsStringAsync());
        }

        await Assert.ThrowsAsync<TwilioApiException>(() =>
            app.Services.GetRequiredService<ITwilioClientFactory>()
                .Create(TwilioCredentials.FromAuthToken(emulator.AccountSid, new string('0', 32)), emulator.BaseAddress)
                .Account.FetchAsync());
        answers.Add(app.Services.GetRequiredService<IOptions<TwilioAccountOptions>>().Value.ToString());

        string[] secrets = [emulator.AuthToken, BootstrapKey, developerKey];
        Assert.NotEmpty(app.Logs.Lines);
        Assert.Contains(app.Logs.Lines, line => line.Contains(emulator.AccountSid, StringComparison.Ordinal));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(answers, answer => answer.Contains(secret, StringComparison.Ordinal));
        }
    }
}
