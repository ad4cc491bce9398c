using System.Net;
using System.Text;
using Switchboard.Security.Headers;
using Switchboard.Tests.Inbound;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Security;

public sealed class RequestHardeningTests : IClassFixture<InboundApp>
{
    private readonly InboundApp app;

    public RequestHardeningTests(InboundApp app) => this.app = app;

    [Fact]
    public async Task AnOversizedWebhookBodyIsRefusedWith413BeforeItIsParsed()
    {
        var form = InboundApp.Sms(InboundApp.NewPhone(), new string('x', 70 * 1024));
        var response = await app.PostAsync(form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.WebhookEvents.Count(e => e.RawBody.Contains("xxxxxxxxxx")))));
    }

    [Fact]
    public async Task AnOversizedChunkedWebhookBodyIsRefusedWith413()
    {
        using var client = new HttpClient { BaseAddress = app.App.BaseAddress };
        using var content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes("Body=" + new string('x', 70 * 1024))));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/twilio/sms") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("X-Twilio-Signature", "irrelevant");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnOversizedApiBodyIsRefusedWith413()
    {
        using var api = app.Api();
        using var content = new StringContent("{\"to\":\"+14155550123\",\"body\":\"" + new string('x', 2 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json");
        var response = await api.PostAsync("/api/v1/messages", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ApiAnswersCarryTheSecurityHeaders()
    {
        using var api = app.Api();
        var response = await api.GetAsync("/api/v1/organization");
        Assert.Equal("nosniff", string.Join(',', response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(',', response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", string.Join(',', response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task HtmlPagesCarryAContentSecurityPolicy()
    {
        using var client = new HttpClient { BaseAddress = app.App.BaseAddress };
        var response = await client.GetAsync("/docs/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(',', response.Headers.GetValues("Content-Security-Policy")));
    }
}
