using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Switchboard.Audit;
using Switchboard.Tests.Inbound;
using Switchboard.Tests.Infrastructure;
using Switchboard.TwilioAccount;
using Switchboard.TwilioAccount.Credentials;

namespace Switchboard.Tests.TwilioAccount;

/// <summary>An organisation brings its own Twilio account: stored encrypted, verified, reported, and used.</summary>
public sealed class OrganizationCredentialsTests : IAsyncLifetime
{
    private readonly InboundApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task CredentialsAreVerifiedStoredEncryptedAndShownOnlyMasked()
    {
        var b = await OrganizationB.CreateAsync(app.App);
        using var admin = app.App.ApiClient(b.Tenant.AdminKey);

        using var put = await admin.PutAsJsonAsync("/api/v1/twilio/credentials", b.Credentials);
        var answer = await put.Content.ReadAsStringAsync();
        var stored = await app.QueryAsync(db => db.Set<OrganizationTwilioCredentials>().SingleAsync(c => c.OrganizationId == b.Tenant.OrganizationId));
        var audit = await app.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.OrganizationId == b.Tenant.OrganizationId).ToListAsync());

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.DoesNotContain(b.AuthToken, answer, StringComparison.Ordinal);
        var json = JsonDocument.Parse(answer).RootElement;
        Assert.Equal(MaskedSid.Of(b.AccountSid), json.GetProperty("accountSid").GetString());
        Assert.Equal("ok", json.GetProperty("lastVerification").GetString());
        Assert.Equal("checked", json.GetProperty("webhookSignatures").GetString());
        Assert.NotNull(stored.ProtectedAuthToken);
        Assert.DoesNotContain(b.AuthToken, stored.ProtectedAuthToken, StringComparison.OrdinalIgnoreCase);
        var changed = Assert.Single(audit, e => e.Action == "twilio.credentials_changed");
        Assert.DoesNotContain(b.AuthToken, changed.Detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAnswersTheAccountAndAWrongTokenIsRefusedWithTwilios20003()
    {
        var b = await OrganizationB.CreateAsync(app.App);
        using var admin = app.App.ApiClient(b.Tenant.AdminKey);
        (await admin.PutAsJsonAsync("/api/v1/twilio/credentials", b.Credentials)).EnsureSuccessStatusCode();

        var verified = await (await admin.PostAsync("/api/v1/twilio/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
        using var wrong = await admin.PutAsJsonAsync("/api/v1/twilio/credentials", new { accountSid = b.AccountSid, authToken = new string('0', 32) });
        var problem = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        using var malformed = await admin.PutAsJsonAsync("/api/v1/twilio/credentials", new { accountSid = "AC123", authToken = "short" });
        var errors = (await malformed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var status = await admin.GetFromJsonAsync<JsonElement>("/api/v1/twilio/status");

        Assert.True(verified.GetProperty("ok").GetBoolean());
        Assert.Equal("own", verified.GetProperty("source").GetString());
        Assert.Equal("Shop B", verified.GetProperty("friendlyName").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal(20003, problem.GetProperty("twilioCode").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("authToken", out _));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.True(errors.TryGetProperty("accountSid", out _) && errors.TryGetProperty("authToken", out _));
        Assert.Equal("own", status.GetProperty("configured").GetString());
        Assert.Equal(MaskedSid.Of(b.AccountSid), status.GetProperty("accountSid").GetString());
    }

    [Fact]
    public async Task StatusInSandboxReportsTheModeTheUrlsToSetAndWhetherEachNumberPointsHere()
    {
        var b = await OrganizationB.CreateAsync(app.App);
        using var admin = app.App.ApiClient(b.Tenant.AdminKey);
        var before = await app.App.ApiClient(b.Tenant.AgentKey).GetFromJsonAsync<JsonElement>("/api/v1/twilio/status");
        (await admin.PutAsJsonAsync("/api/v1/twilio/credentials", b.Credentials)).EnsureSuccessStatusCode();

        var after = await admin.GetFromJsonAsync<JsonElement>("/api/v1/twilio/status");

        Assert.Equal("deployment", before.GetProperty("configured").GetString());
        Assert.Equal("sandbox", after.GetProperty("mode").GetString());
        Assert.Equal(app.SmsUrl, after.GetProperty("webhookUrls").GetProperty("sms").GetString());
        Assert.EndsWith("/webhooks/twilio/voice/status", after.GetProperty("webhookUrls").GetProperty("voiceStatus").GetString(), StringComparison.Ordinal);
        var number = Assert.Single(after.GetProperty("numbers").EnumerateArray());
        Assert.Equal(OrganizationB.Number, number.GetProperty("phoneNumber").GetString());
        Assert.True(number.GetProperty("webhooksPointHere").GetBoolean());
        // With the deployment's account the number is not found: it belongs to B's account.
        Assert.Equal(JsonValueKind.Null, Assert.Single(before.GetProperty("numbers").EnumerateArray()).GetProperty("webhooksPointHere").ValueKind);
    }

    [Fact]
    public async Task AWebhookForBsNumberIsCheckedWithBsTokenNotTheDeployments()
    {
        var b = await OrganizationB.CreateAsync(app.App);
        (await app.App.ApiClient(b.Tenant.AdminKey).PutAsJsonAsync("/api/v1/twilio/credentials", b.Credentials)).EnsureSuccessStatusCode();
        var form = InboundApp.Sms(InboundApp.NewPhone(), "hello B");
        form["To"] = OrganizationB.Number;
        form["AccountSid"] = b.AccountSid;

        using var withDeploymentToken = await app.PostAsync(form, app.AuthToken);
        using var withBsToken = await app.PostAsync(form, b.AuthToken);
        await app.ProcessedAsync(form["MessageSid"]);
        var owner = await app.QueryAsync(db => db.Messages.Where(m => m.TwilioSid == form["MessageSid"]).Select(m => m.OrganizationId).SingleAsync());

        Assert.Equal(HttpStatusCode.Forbidden, withDeploymentToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withBsToken.StatusCode);
        Assert.Equal(b.Tenant.OrganizationId, owner);
    }

    [Fact]
    public async Task ATestSmsForBLeavesFromBsAccountAndReachesTheHandsetDelivered()
    {
        var b = await OrganizationB.CreateAsync(app.App);
        using var admin = app.App.ApiClient(b.Tenant.AdminKey);
        (await admin.PutAsJsonAsync("/api/v1/twilio/credentials", b.Credentials)).EnsureSuccessStatusCode();
        const string customer = "+14155550333";

        using var sent = await admin.PostAsJsonAsync("/api/v1/twilio/test-sms", new { to = customer });
        var message = await sent.Content.ReadFromJsonAsync<JsonElement>();
        var id = message.GetProperty("id").GetString();
        var delivered = await Eventually.ReturnsAsync("the test message to be delivered", async () =>
        {
            var m = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/messages/{id}")).GetProperty("message");
            return m.GetProperty("status").GetString() == "delivered" ? m.GetProperty("twilioSid").GetString() : null;
        });
        using var twilio = b.Twilio();
        var atB = await twilio.GetFromJsonAsync<JsonElement>($"2010-04-01/Accounts/{b.AccountSid}/Messages.json");
        using var control = new HttpClient { BaseAddress = b.Emulator };
        var handset = await control.GetFromJsonAsync<JsonElement>($"_emulator/handsets/{Uri.EscapeDataString(customer)}/messages");

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal(OrganizationB.Number, message.GetProperty("from").GetString());
        Assert.Contains(atB.GetProperty("messages").EnumerateArray(), m => m.GetProperty("sid").GetString() == delivered);
        Assert.Equal(SendTestSms.DefaultBody, Assert.Single(handset.EnumerateArray()).GetProperty("body").GetString());
    }

    [Fact]
    public async Task RemovingTheCredentialsGoesBackToTheDeploymentAccount()
    {
        var b = await OrganizationB.CreateAsync(app.App);
        using var admin = app.App.ApiClient(b.Tenant.AdminKey);
        (await admin.PutAsJsonAsync("/api/v1/twilio/credentials", b.Credentials)).EnsureSuccessStatusCode();

        using var removed = await admin.DeleteAsync("/api/v1/twilio/credentials");
        using var again = await admin.DeleteAsync("/api/v1/twilio/credentials");
        var status = await admin.GetFromJsonAsync<JsonElement>("/api/v1/twilio/status");
        var actions = await app.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.OrganizationId == b.Tenant.OrganizationId).Select(e => e.Action).ToListAsync());

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("deployment", status.GetProperty("configured").GetString());
        Assert.Contains("twilio.credentials_removed", actions);
    }
}
