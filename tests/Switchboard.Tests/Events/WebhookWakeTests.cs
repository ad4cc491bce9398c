using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Events;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Events;

/// <summary>A webhook goes out when its event commits, not at the workers' next poll.</summary>
public sealed class WebhookWakeTests : IAsyncLifetime
{
    // The longest poll allowed: only a wake can deliver within the deadline below.
    private readonly ClockedApp _app = new(new Dictionary<string, string?> { ["Webhooks:PollMilliseconds"] = "60000" });
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        await _app.StartAsync();
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        _app.Dispose();
    }

    [Fact]
    public async Task AnEventReachesItsEndpointWithoutWaitingForThePoll()
    {
        using var admin = _app.ApiClient();
        var created = await admin.PostAsJsonAsync("/api/v1/webhooks/endpoints", new { url = _receiver.Url, eventTypes = new[] { EventTypes.SmsSent } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var endpoint = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var organization = await _app.Services.DefaultOrganizationIdAsync();

        var first = await _app.Services.RaiseEventAsync(organization, EventTypes.SmsSent, new { messageId = Guid.NewGuid() });
        var arrived = await Eventually.ReturnsAsync(
            "the first event at the receiver", () => Task.FromResult(_receiver.Requests.FirstOrDefault()), TimeSpan.FromSeconds(20));
        var deliveries = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/endpoints/{endpoint}/deliveries");
        var replay = await admin.PostAsync($"/api/v1/webhooks/endpoints/{endpoint}/deliveries/{deliveries[0].GetProperty("id").GetString()}/replay", null);
        var again = await Eventually.ReturnsAsync(
            "the replay at the receiver", () => Task.FromResult(_receiver.Requests.ElementAtOrDefault(1)), TimeSpan.FromSeconds(20));

        Assert.Equal(first.ToString(System.Globalization.CultureInfo.InvariantCulture), arrived.EventId);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal(arrived.EventId, again.EventId);
    }
}
