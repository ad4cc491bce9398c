using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Switchboard.Sandbox;
using Switchboard.Setup;
using Switchboard.Tests.Infrastructure;
using Switchboard.Twilio.Rest;
using Switchboard.TwilioAccount;
using Switchboard.Tests.Users;
using Switchboard.Users;

namespace Switchboard.Tests.Sandbox;

/// <summary>
/// A full sandbox run, at every log level: start-up, keys, the emulator, webhooks and API calls.
/// Neither the logs nor any API answer may hold the auth token, an API key or a password.
/// </summary>
public sealed class SecretsStayOutOfLogsTests
{
    private const string BootstrapKey = "bootstrap-secret-for-the-log-scan-9f8e7d6c";
    private const string AdminEmail = "log-scan-admin@example.com";
    private const string AdminPassword = "admin-password-for-the-log-scan-5b4a";
    private const string WrongPassword = "mistyped-password-for-the-log-scan-3c2d";

    [Fact]
    public async Task NoSecretAppearsInAnyLogLineOrApiAnswerOfAFullSandboxRun()
    {
        using var app = new SwitchboardApp(new Dictionary<string, string?>
        {
            ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = BootstrapKey,
            ["SWITCHBOARD_BOOTSTRAP_ADMIN_EMAIL"] = AdminEmail,
            ["SWITCHBOARD_BOOTSTRAP_ADMIN_PASSWORD"] = AdminPassword,
        });
        app.Start();
        await app.WaitUntilReadyAsync();
        var emulator = await app.Services.GetRequiredService<SandboxEmulator>().Started;
        var banner = app.Services.GetRequiredService<SetupState>().Banner!;
        var developerKey = banner.DeveloperApiKey!;
        var answers = new List<string>();
        var passwords = await SignInsAndUserChangesAsync(app, banner.SandboxAdminPassword!, answers);

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

        string[] secrets = [emulator.AuthToken, BootstrapKey, developerKey, AdminPassword, WrongPassword, banner.SandboxAdminPassword!, .. passwords];
        Assert.NotEmpty(app.Logs.Lines);
        Assert.Contains(app.Logs.Lines, line => line.Contains(emulator.AccountSid, StringComparison.Ordinal));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(answers, answer => answer.Contains(secret, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Sign-ins that work and fail, a user created with a generated password and a reset. Returns the
    /// generated passwords: they appear once in their own answers, which are therefore not scanned.
    /// </summary>
    private static async Task<string[]> SignInsAndUserChangesAsync(SwitchboardApp app, string sandboxAdminPassword, List<string> answers)
    {
        using var admin = await new SessionClient(app).SignedInAsync(AdminEmail, AdminPassword);
        using var sandboxAdmin = await new SessionClient(app).SignedInAsync(AdminAccounts.SandboxAdminEmail, sandboxAdminPassword);
        using var stranger = new SessionClient(app);
        answers.Add(await (await stranger.SignInAsync(AdminEmail, WrongPassword)).Content.ReadAsStringAsync());
        answers.Add(await (await stranger.SignInAsync("nobody@example.com", WrongPassword)).Content.ReadAsStringAsync());
        answers.Add(await admin.Http.GetStringAsync("/api/v1/me"));
        var created = await (await admin.SendAsync(HttpMethod.Post, "/api/v1/users", new { email = "scan-agent@example.com", name = "Scan", role = "agent" }))
            .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var id = created.GetProperty("id").GetString();
        var reset = await (await admin.SendAsync(HttpMethod.Post, $"/api/v1/users/{id}/password", new { }))
            .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        answers.Add(await admin.Http.GetStringAsync("/api/v1/users"));
        answers.Add(await admin.Http.GetStringAsync($"/api/v1/users/{id}"));
        answers.Add(await admin.Http.GetStringAsync("/api/v1/audit?pageSize=200"));
        return [created.GetProperty("oneTimePassword").GetString()!, reset.GetProperty("oneTimePassword").GetString()!];
    }
}
