using System.Net;
using System.Text.Json;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Host;

public sealed class HostEndpointsTests : IDisposable
{
    private readonly SwitchboardApp app = new SwitchboardApp().Start();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task LivenessAnswersOverRealHttp()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("127.0.0.1", app.BaseAddress.Host);
    }

    [Theory]
    [InlineData("/webhooks/twilio/sms")]
    [InlineData("/webhooks/twilio/sms/status")]
    [InlineData("/webhooks/twilio/voice")]
    [InlineData("/webhooks/twilio/voice/status")]
    public async Task EachWebhookPathAnswersGetAsAHealthCheck(string path)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ServesTheOpenApiDocumentAndItsPage()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var page = await client.GetAsync("/docs/index.html");

        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Switchboard API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
