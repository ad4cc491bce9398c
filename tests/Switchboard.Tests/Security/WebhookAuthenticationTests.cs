using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Audit;
using Switchboard.Data;
using Switchboard.Tenancy;
using Switchboard.Tests.Delivery;
using Switchboard.Twilio.Webhooks;

namespace Switchboard.Tests.Security;

/// <summary>
/// Twilio's webhooks are authenticated by their signature alone: an Authorization header on one is
/// not looked up in the API-key store, while the same header on the API still is.
/// </summary>
public sealed class WebhookAuthenticationTests : IAsyncLifetime
{
    private OutboundApp app = null!;

    public async Task InitializeAsync() =>
        app = await OutboundApp.StartAsync(new Dictionary<string, string?> { ["Delivery:DispatcherEnabled"] = "false" });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AWebhookWithABearerHeaderIsNotCheckedAgainstTheApiKeyStore()
    {
        // The real key's prefix with a wrong secret: checked against the store, it is a failed sign-in that is audited.
        var wrongKey = OutboundApp.Key[..ApiKeyHasher.PrefixLength] + "-not-the-secret-at-all";
        var id = (await app.SendAsync(new { to = "+14155558001", body = "bearer" })).GetProperty("id").GetString()!;
        var authToken = (await app.Emulator.GetFromJsonAsync<JsonElement>("/_emulator/account")).GetProperty("authToken").GetString()!;
        var url = new Uri(app.App.BaseAddress, $"/webhooks/twilio/sms/status?mid={id}").ToString();
        using var callback = TwilioWebhookSigner.CreateFormRequest(authToken, url,
        [
            new("MessageSid", "SM" + Guid.NewGuid().ToString("N")), new("MessageStatus", "delivered"),
            new("From", OutboundApp.BusinessNumber), new("To", "+14155558001"),
        ]);
        callback.Headers.Authorization = new AuthenticationHeaderValue("Bearer", wrongKey);

        using var answer = await app.Api.SendAsync(callback);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("delivered", (await app.MessageAsync(id)).GetProperty("message").GetProperty("status").GetString());
        Assert.Equal(0, await FailedAuthenticationsAsync());

        // The same header on the API is looked up, refused and audited.
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/v1/messages");
        api.Headers.Authorization = new AuthenticationHeaderValue("Bearer", wrongKey);
        using var refused = await app.Api.SendAsync(api);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(1, await FailedAuthenticationsAsync());
    }

    private async Task<int> FailedAuthenticationsAsync()
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem();
        return await scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>().Set<AuditEntry>().CountAsync(e => e.Action == "auth.failed");
    }
}
