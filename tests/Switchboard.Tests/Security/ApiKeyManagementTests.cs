using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Tests.Inbound;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Security;

public sealed class ApiKeyManagementTests : IClassFixture<InboundApp>
{
    private readonly InboundApp app;

    public ApiKeyManagementTests(InboundApp app) => this.app = app;

    [Fact]
    public async Task AnAdminCreatesAKeyThatIsShownOnceAndWorksUntilRevoked()
    {
        using var admin = app.Api();
        var created = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "CRM sync", role = "agent" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var key = body.GetProperty("key").GetString()!;
        var id = body.GetProperty("id").GetString()!;
        Assert.StartsWith(body.GetProperty("prefix").GetString()!, key, StringComparison.Ordinal);

        using var agent = app.App.ApiClient(key);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/v1/messages")).StatusCode);

        var list = await admin.GetStringAsync("/api/v1/api-keys");
        Assert.Contains("CRM sync", list, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", list, StringComparison.OrdinalIgnoreCase);
        var listed = JsonSerializer.Deserialize<JsonElement>(list).EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        Assert.Equal("agent", listed.GetProperty("role").GetString());
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/v1/api-keys/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await agent.GetAsync("/api/v1/messages")).StatusCode);
        var revoked = JsonSerializer.Deserialize<JsonElement>(await admin.GetStringAsync("/api/v1/api-keys"))
            .EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        Assert.NotEqual(JsonValueKind.Null, revoked.GetProperty("revokedAt").ValueKind);
    }

    [Theory]
    [InlineData("""{"role":"agent"}""", "name")]
    [InlineData("""{"name":"x","role":"owner"}""", "role")]
    public async Task RefusesAnInvalidKeyRequestNamingTheField(string json, string field)
    {
        using var admin = app.Api();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await admin.PostAsync("/api/v1/api-keys", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task AnAgentCannotManageKeys()
    {
        var organizationId = await app.QueryAsync(db => Task.FromResult(db.Organizations.Single(o => o.Slug == "default").Id));
        using var agent = app.App.ApiClient(await TenantFixtures.CreateKeyAsync(app.App, organizationId, Tenancy.ApiKeyRole.Agent));
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/api-keys")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/api-keys", new { name = "x" })).StatusCode);
    }
}
