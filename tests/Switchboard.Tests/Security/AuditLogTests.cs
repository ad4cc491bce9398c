using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Tests.Inbound;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Security;

public sealed class AuditLogTests : IClassFixture<InboundApp>
{
    private readonly InboundApp app;

    public AuditLogTests(InboundApp app) => this.app = app;

    [Fact]
    public async Task KeyChangesSendsSettingsWebhookChangesAndFailedSignInsAreAudited()
    {
        using var admin = app.Api();
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "Audited key", role = "agent" })).Content.ReadFromJsonAsync<JsonElement>();
        var key = created.GetProperty("key").GetString()!;
        await admin.DeleteAsync($"/api/v1/api-keys/{created.GetProperty("id").GetString()}");
        using var revoked = app.App.ApiClient(key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync("/api/v1/messages")).StatusCode);
        (await admin.PostAsJsonAsync("/api/v1/messages", new { to = "+14155550166", body = "audited send" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/v1/templates", new { name = "Audited", bodies = new { en = "x" } })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/v1/webhooks/endpoints", new { url = "https://example.com/audit", eventTypes = new[] { "sms_received" } })).EnsureSuccessStatusCode();

        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?pageSize=50");
        var entries = page.GetProperty("items").EnumerateArray().ToList();
        var actions = entries.Select(e => e.GetProperty("action").GetString()).ToList();
        foreach (var expected in new[] { "api_key.created", "api_key.revoked", "auth.failed", "message.sent", "template.created", "webhook_endpoint.created" })
        {
            Assert.Contains(expected, actions);
        }

        var send = entries.First(e => e.GetProperty("action").GetString() == "message.sent");
        var detail = JsonDocument.Parse(send.GetProperty("detail").GetString()!).RootElement;
        Assert.Equal("+14155550166", detail.GetProperty("to").GetString());
        Assert.StartsWith("key:", send.GetProperty("actor").GetString(), StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", send.GetProperty("ipAddress").GetString());
        Assert.DoesNotContain(key, page.GetRawText(), StringComparison.Ordinal);
        Assert.True(page.TryGetProperty("hasMore", out _));
    }

    [Fact]
    public async Task TheAuditLogFiltersByActionAndTime()
    {
        using var admin = app.Api();
        (await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "Filter key" })).EnsureSuccessStatusCode();
        var only = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=api_key.created");
        Assert.All(only.GetProperty("items").EnumerateArray(), e => Assert.Equal("api_key.created", e.GetProperty("action").GetString()));
        Assert.True(only.GetProperty("total").GetInt32() >= 1);

        var future = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?from=2999-01-01T00:00:00Z");
        Assert.Equal(0, future.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/audit?from=yesterday")).StatusCode);
    }
}
