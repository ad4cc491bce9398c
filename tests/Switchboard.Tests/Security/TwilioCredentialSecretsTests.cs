using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Tests.Inbound;
using Switchboard.Tests.Infrastructure;
using Switchboard.Tests.TwilioAccount;

namespace Switchboard.Tests.Security;

/// <summary>
/// Every way an organisation's Twilio credentials are handled (set, verified, refused, reported,
/// used, replaced by an API key, removed), at every log level: no answer and no log line holds a
/// token or secret.
/// </summary>
public sealed class TwilioCredentialSecretsTests : IAsyncLifetime
{
    private readonly InboundApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task NoTwilioTokenOrSecretAppearsInAnyAnswerOrLogLine()
    {
        var b = await OrganizationB.CreateAsync(app.App);
        using var admin = app.App.ApiClient(b.Tenant.AdminKey);
        using var agent = app.App.ApiClient(b.Tenant.AgentKey);
        var answers = new List<string>();
        async Task<HttpResponseMessage> Keep(Task<HttpResponseMessage> call)
        {
            var response = await call;
            answers.Add(await response.Content.ReadAsStringAsync());
            return response;
        }

        await Keep(admin.PutAsJsonAsync("/api/v1/twilio/credentials", b.Credentials));
        await Keep(admin.PostAsync("/api/v1/twilio/verify", null));
        await Keep(admin.GetAsync("/api/v1/twilio/status"));
        await Keep(agent.GetAsync("/api/v1/twilio/status"));
        await Keep(admin.PutAsJsonAsync("/api/v1/twilio/credentials", new { accountSid = b.AccountSid, authToken = b.AuthToken.ToUpperInvariant()[..31] + "0" }));
        await Keep(admin.PutAsJsonAsync("/api/v1/twilio/credentials", new { accountSid = b.AccountSid, authToken = b.AuthToken, apiKeySid = "SK1" }));
        await Keep(admin.PostAsJsonAsync("/api/v1/twilio/test-sms", new { to = "+14155550344" }));

        // An API key without the account's auth token: REST works, webhooks cannot be checked and are refused.
        var (keySid, keySecret, mainToken) = await MainAccountKeyAsync(b);
        await Keep(admin.PutAsJsonAsync("/api/v1/twilio/credentials", new { accountSid = await MainAccountSidAsync(), apiKeySid = keySid, apiKeySecret = keySecret }));
        var status = JsonDocument.Parse(answers[^1]).RootElement;
        var form = InboundApp.Sms(InboundApp.NewPhone(), "unverifiable");
        form["To"] = OrganizationB.Number;
        using var unverifiable = await app.PostAsync(form, b.AuthToken);
        await Keep(admin.GetAsync("/api/v1/twilio/status"));
        await Keep(admin.GetAsync("/api/v1/audit"));
        await Keep(admin.DeleteAsync("/api/v1/twilio/credentials"));
        await Keep(admin.GetAsync("/openapi/v1.json"));

        Assert.Equal("needs_auth_token", status.GetProperty("webhookSignatures").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, unverifiable.StatusCode);
        Assert.NotEmpty(app.App.Logs.Lines);
        foreach (var secret in new[] { b.AuthToken, keySecret, mainToken })
        {
            Assert.DoesNotContain(answers, a => a.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(app.App.Logs.Lines, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task<string> MainAccountSidAsync() =>
        (await app.App.Services.GetRequiredService<Switchboard.Sandbox.SandboxEmulator>().Started).AccountSid;

    private async Task<(string Sid, string Secret, string MainToken)> MainAccountKeyAsync(OrganizationB b)
    {
        var emulator = await app.App.Services.GetRequiredService<Switchboard.Sandbox.SandboxEmulator>().Started;
        using var main = OrganizationB.Client(b.Emulator, emulator.AccountSid, emulator.AuthToken);
        using var response = await main.PostAsync($"2010-04-01/Accounts/{emulator.AccountSid}/Keys.json", OrganizationB.Form(("FriendlyName", "switchboard")));
        var key = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (key.GetProperty("sid").GetString()!, key.GetProperty("secret").GetString()!, emulator.AuthToken);
    }
}
