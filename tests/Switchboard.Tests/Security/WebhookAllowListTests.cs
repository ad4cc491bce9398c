using System.Net;
using Switchboard.Tests.Inbound;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Security;

public sealed class WebhookAllowListTests
{
    [Fact]
    public async Task AWebhookCallFromOutsideTheAllowedNetworksIsRefusedWith403()
    {
        var app = InboundApp.With(new Dictionary<string, string?> { ["Webhooks:AllowedNetworks:0"] = "10.0.0.0/8" });
        await app.InitializeAsync();
        try
        {
            var response = await app.PostAsync(InboundApp.Sms(InboundApp.NewPhone(), "hello"));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            using var api = app.Api();
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/organization")).StatusCode);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task AWebhookCallFromAnAllowedNetworkIsAccepted()
    {
        var app = InboundApp.With(new Dictionary<string, string?>
        {
            ["Webhooks:AllowedNetworks:0"] = "10.0.0.0/8", ["Webhooks:AllowedNetworks:1"] = "127.0.0.0/8",
        });
        await app.InitializeAsync();
        try
        {
            var response = await app.PostAsync(InboundApp.Sms(InboundApp.NewPhone(), "hello"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
