using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Tenancy;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Events;

/// <summary>Outbound webhooks over real HTTP to a receiver on loopback, with the app's clock in the test's hands.</summary>
public sealed class OutboundWebhookTests : IAsyncLifetime
{
    private readonly ClockedApp _app = new(new Dictionary<string, string?>
    {
        ["Webhooks:PollMilliseconds"] = "50",
        ["Webhooks:FirstRetryDelay"] = "00:00:30",
    });

    private WebhookReceiver _receiver = null!;
    private HttpClient _admin = null!;
    private Guid _organization;

    public async Task InitializeAsync()
    {
        await _app.StartAsync();
        _receiver = await WebhookReceiver.StartAsync();
        _admin = _app.ApiClient();
        _organization = await _app.Services.DefaultOrganizationIdAsync();
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _receiver.DisposeAsync();
        _app.Dispose();
    }

    private async Task<(string Id, string Secret)> RegisterAsync(params string[] types)
    {
        var response = await _admin.PostAsJsonAsync("/api/v1/webhooks/endpoints", new { url = _receiver.Url, eventTypes = types });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetString()!, created.GetProperty("secret").GetString()!);
    }

    private Task<long> RaiseAsync(string type) =>
        _app.Services.RaiseEventAsync(_organization, type, new { messageId = Guid.NewGuid(), to = "+14155550123" });

    private Task<WebhookReceiver.Received> RequestNumberAsync(int n) =>
        Eventually.ReturnsAsync($"request {n} at the receiver", () => Task.FromResult(_receiver.Requests.ElementAtOrDefault(n - 1)));

    private async Task<JsonElement> LatestDeliveryAsync(string endpointId) =>
        (await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/endpoints/{endpointId}/deliveries"))[0];

    private async Task<JsonElement> DeliveryWhenAsync(string endpointId, string what, Func<JsonElement, bool> condition)
    {
        JsonElement found = default;
        await Eventually.HappensAsync(what, async () =>
        {
            var deliveries = await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/endpoints/{endpointId}/deliveries");
            if (deliveries.GetArrayLength() > 0 && condition(deliveries[0]))
            {
                found = deliveries[0];
                return true;
            }

            return false;
        });
        return found;
    }

    [Fact]
    public async Task TheSecretIsShownOnceAtCreationAndNeverAgain()
    {
        var (_, secret) = await RegisterAsync(EventTypes.SmsReceived);

        var listed = await _admin.GetStringAsync("/api/v1/webhooks/endpoints");
        await using var scope = _app.Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem();
        var stored = await scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>().Database
            .SqlQueryRaw<string>("SELECT protected_secret AS \"Value\" FROM webhook_endpoints").SingleAsync();

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(_app.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyAdminsManageEndpointsAndOnlyOverHttps()
    {
        var (_, agentKey) = await _app.Services.CreateOrganizationAsync(ApiKeyRole.Agent);
        using var agent = _app.ApiClient(agentKey);

        var byAgent = await agent.PostAsJsonAsync("/api/v1/webhooks/endpoints", new { url = _receiver.Url, eventTypes = new[] { "sms_sent" } });
        var plainHttp = await _admin.PostAsJsonAsync("/api/v1/webhooks/endpoints", new { url = "http://example.com/hook", eventTypes = new[] { "sms_sent" } });
        var noTypes = await _admin.PostAsJsonAsync("/api/v1/webhooks/endpoints", new { url = "https://example.com/hook", eventTypes = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, plainHttp.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noTypes.StatusCode);
    }

    [Fact]
    public async Task MatchingEventsArriveSignedWithTheEndpointSecret()
    {
        var (_, secret) = await RegisterAsync(EventTypes.SmsReceived);

        await RaiseAsync(EventTypes.ContactCreated);
        var wanted = await RaiseAsync(EventTypes.SmsReceived);
        var received = await RequestNumberAsync(1);

        Assert.Equal(wanted.ToString(CultureInfo.InvariantCulture), received.EventId);
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal(EventTypes.SmsReceived, body.GetProperty("type").GetString());
        Assert.Equal("+14155550123", body.GetProperty("data").GetProperty("to").GetString());
        Assert.True(SignatureIsValid(received, secret, _app.Clock.GetUtcNow()), $"Bad signature: {received.Signature}");
        Assert.False(SignatureIsValid(received, "whsec_wrong", _app.Clock.GetUtcNow()));
        Assert.Single(_receiver.Requests);
    }

    [Fact]
    public async Task AFailedDeliveryIsRetriedWithBackoffUntilItSucceeds()
    {
        var (endpoint, _) = await RegisterAsync(EventTypes.SmsSent);
        _receiver.AnswerNext(500);

        await RaiseAsync(EventTypes.SmsSent);
        await RequestNumberAsync(1);
        var failed = await DeliveryWhenAsync(endpoint, "the failure recorded", d => d.GetProperty("attempts").GetInt32() == 1);
        _app.Clock.Advance(TimeSpan.FromSeconds(31));
        var second = await RequestNumberAsync(2);
        var succeeded = await DeliveryWhenAsync(endpoint, "the success recorded", d => d.GetProperty("status").GetString() == "succeeded");

        Assert.Equal("pending", failed.GetProperty("status").GetString());
        Assert.Equal(500, failed.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal(_receiver.Requests.First().EventId, second.EventId);
        Assert.Equal(2, succeeded.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task AReplaySendsTheDeliveryAgain()
    {
        var (endpoint, _) = await RegisterAsync(EventTypes.SmsSent);
        await RaiseAsync(EventTypes.SmsSent);
        var first = await RequestNumberAsync(1);
        var delivery = await DeliveryWhenAsync(endpoint, "the success recorded", d => d.GetProperty("status").GetString() == "succeeded");

        var replay = await _admin.PostAsync(
            $"/api/v1/webhooks/endpoints/{endpoint}/deliveries/{delivery.GetProperty("id").GetString()}/replay", null);
        var again = await RequestNumberAsync(2);

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal(first.EventId, again.EventId);
        Assert.Equal(first.Body, again.Body);
    }

    /// <summary>Makes every attempt fail for a day (three attempts, 12 hours apart on the clock).</summary>
    private async Task FailForADayAsync(string endpoint)
    {
        _receiver.DefaultStatus = 503;
        await RaiseAsync(EventTypes.SmsSent);
        await RequestNumberAsync(1);
        await DeliveryWhenAsync(endpoint, "the first failure recorded", d => d.GetProperty("attempts").GetInt32() == 1);
        _app.Clock.Advance(TimeSpan.FromHours(12));
        await RequestNumberAsync(2);
        await DeliveryWhenAsync(endpoint, "the second failure recorded", d => d.GetProperty("attempts").GetInt32() == 2);
        _app.Clock.Advance(TimeSpan.FromHours(12));
        await RequestNumberAsync(3);
    }

    [Fact]
    public async Task AnEndpointFailingForADayIsDisabledAndAdminsAreTold()
    {
        var (endpoint, _) = await RegisterAsync(EventTypes.SmsSent);
        await using var admins = await SseClient.ConnectAsync(_app.BaseAddress, ClockedApp.Key, "/api/v1/events?types=webhook_endpoint_disabled");

        await FailForADayAsync(endpoint);

        var told = await admins.NextEventAsync();
        var endpoints = await _admin.GetFromJsonAsync<JsonElement>("/api/v1/webhooks/endpoints");
        Assert.Equal("webhook_endpoint_disabled", told.Type);
        Assert.Equal(endpoint, told.Json.GetProperty("data").GetProperty("endpointId").GetString());
        Assert.NotEqual(JsonValueKind.Null, endpoints[0].GetProperty("disabledAt").ValueKind);
        Assert.Equal("failed", (await LatestDeliveryAsync(endpoint)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AFixedEndpointCanBeEnabledAgainAndItsFailedDeliveryReplayed()
    {
        var (endpoint, secret) = await RegisterAsync(EventTypes.SmsSent);
        await FailForADayAsync(endpoint);
        var failed = await DeliveryWhenAsync(endpoint, "the delivery given up", d => d.GetProperty("status").GetString() == "failed");
        var replayPath = $"/api/v1/webhooks/endpoints/{endpoint}/deliveries/{failed.GetProperty("id").GetString()}/replay";
        var refused = await _admin.PostAsync(replayPath, null);
        _receiver.DefaultStatus = 200;

        var enabled = await _admin.PostAsync($"/api/v1/webhooks/endpoints/{endpoint}/enable", null);
        var replayed = await _admin.PostAsync(replayPath, null);
        var replayArrived = await RequestNumberAsync(4);
        await RaiseAsync(EventTypes.SmsSent);
        var fresh = await RequestNumberAsync(5);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var body = await enabled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("disabledAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("failingSince").ValueKind);
        Assert.Equal(HttpStatusCode.Accepted, replayed.StatusCode);
        Assert.Equal(failed.GetProperty("id").GetString(), replayArrived.DeliveryId);
        Assert.True(SignatureIsValid(fresh, secret, _app.Clock.GetUtcNow()));
        Assert.NotEqual(replayArrived.EventId, fresh.EventId);
    }

    /// <summary>What a receiver does, written from docs/webhooks.md rather than from the app's code.</summary>
    private static bool SignatureIsValid(WebhookReceiver.Received received, string secret, DateTimeOffset now)
    {
        var parts = received.Signature!.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var timestamp = long.Parse(parts["t"], CultureInfo.InvariantCulture);
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{received.Body}"));
        return Math.Abs(now.ToUnixTimeSeconds() - timestamp) <= 300
            && CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(parts["v1"]));
    }
}
