using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Tenancy;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Events;

/// <summary>GET /api/v1/events on a whole app over real HTTP (SQLite).</summary>
public sealed class EventStreamTests : IAsyncLifetime
{
    private const string Key = "bootstrap-key-for-event-stream-tests-0123";
    private readonly SwitchboardApp _app = new(new Dictionary<string, string?> { ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = Key });
    private Guid _organization;

    public async Task InitializeAsync()
    {
        _app.Start();
        await _app.WaitUntilReadyAsync();
        _organization = await _app.Services.DefaultOrganizationIdAsync();
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<long> RaiseAsync(string type, object? data = null) =>
        _app.Services.RaiseEventAsync(_organization, type, data ?? new { messageId = Guid.NewGuid() });

    [Fact]
    public async Task ASubscriberReceivesEventsCommittedAfterItConnectedInOrderWithIds()
    {
        await using var stream = await SseClient.ConnectAsync(_app.BaseAddress, Key);

        var ids = new[]
        {
            await RaiseAsync(EventTypes.SmsReceived, new { messageId = "m1", from = "+14155550123" }),
            await RaiseAsync(EventTypes.SmsSent),
            await RaiseAsync(EventTypes.SmsStatusUpdate),
        };

        var first = await stream.NextEventAsync();
        var second = await stream.NextEventAsync();
        var third = await stream.NextEventAsync();
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)), [first.Id, second.Id, third.Id]);
        Assert.Equal([EventTypes.SmsReceived, EventTypes.SmsSent, EventTypes.SmsStatusUpdate], [first.Type, second.Type, third.Type]);
        Assert.Equal(ids[0], first.Json.GetProperty("id").GetInt64());
        Assert.Equal("m1", first.Json.GetProperty("data").GetProperty("messageId").GetString());
        Assert.Equal("+14155550123", first.Json.GetProperty("data").GetProperty("from").GetString());
    }

    [Fact]
    public async Task SeveralSubscribersEachReceiveEveryEvent()
    {
        await using var one = await SseClient.ConnectAsync(_app.BaseAddress, Key);
        await using var two = await SseClient.ConnectAsync(_app.BaseAddress, Key);

        var id = await RaiseAsync(EventTypes.ContactCreated);

        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), (await one.NextEventAsync()).Id);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), (await two.NextEventAsync()).Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AReconnectWithLastEventIdReceivesExactlyTheMissedEvents(bool asHeader)
    {
        string seen;
        await using (var first = await SseClient.ConnectAsync(_app.BaseAddress, Key))
        {
            await RaiseAsync(EventTypes.SmsSent);
            seen = (await first.NextEventAsync()).Id!;
        }

        var missed = new[] { await RaiseAsync(EventTypes.SmsStatusUpdate), await RaiseAsync(EventTypes.SmsDeliveryFailed) };
        await using var again = asHeader
            ? await SseClient.ConnectAsync(_app.BaseAddress, Key, lastEventId: seen)
            : await SseClient.ConnectAsync(_app.BaseAddress, Key, $"/api/v1/events?lastEventId={seen}");
        var live = await RaiseAsync(EventTypes.SmsReceived);

        var received = new[] { await again.NextEventAsync(), await again.NextEventAsync(), await again.NextEventAsync() };
        Assert.Equal([.. missed, live], received.Select(e => long.Parse(e.Id!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task TheTypesFilterPassesOnlyTheChosenTypes()
    {
        await using var stream = await SseClient.ConnectAsync(
            _app.BaseAddress, Key, $"/api/v1/events?types={EventTypes.SmsReceived},{EventTypes.SmsSent}");

        await RaiseAsync(EventTypes.ContactCreated);
        await RaiseAsync(EventTypes.SmsSent);
        await RaiseAsync(EventTypes.SmsStatusUpdate);
        await RaiseAsync(EventTypes.SmsReceived);

        Assert.Equal(EventTypes.SmsSent, (await stream.NextEventAsync()).Type);
        Assert.Equal(EventTypes.SmsReceived, (await stream.NextEventAsync()).Type);
    }

    [Fact]
    public async Task AnotherOrganisationsEventsNeverAppear()
    {
        var (other, otherKey) = await _app.Services.CreateOrganizationAsync(ApiKeyRole.Agent);
        await using var mine = await SseClient.ConnectAsync(_app.BaseAddress, Key);
        await using var theirs = await SseClient.ConnectAsync(_app.BaseAddress, otherKey, lastEventId: "0");

        var foreign = await _app.Services.RaiseEventAsync(other, EventTypes.SmsReceived, new { secret = "theirs" });
        var own = await RaiseAsync(EventTypes.SmsReceived);

        Assert.Equal(own.ToString(System.Globalization.CultureInfo.InvariantCulture), (await mine.NextEventAsync()).Id);
        // Their stream, replaying from the very start, sees only their event.
        Assert.Equal(foreign.ToString(System.Globalization.CultureInfo.InvariantCulture), (await theirs.NextEventAsync()).Id);
        await using var replay = await SseClient.ConnectAsync(_app.BaseAddress, Key, lastEventId: "0");
        await RaiseAsync(EventTypes.SmsSent);
        SseItem item;
        do
        {
            item = await replay.NextEventAsync();
            Assert.DoesNotContain("theirs", item.Data, StringComparison.Ordinal);
        }
        while (item.Type != EventTypes.SmsSent);
    }

    [Fact]
    public async Task ARolledBackTransactionsEventNeverAppears()
    {
        await using var stream = await SseClient.ConnectAsync(_app.BaseAddress, Key);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(_organization);
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AddEvent(EventTypes.SmsDeliveryFailed, new { rolledBack = true });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await RaiseAsync(EventTypes.SmsSent);

        Assert.Equal(EventTypes.SmsSent, (await stream.NextEventAsync()).Type);
    }

    [Fact]
    public async Task TheStreamNeedsAnApiKeyAndAValidLastEventId()
    {
        using var anonymous = new HttpClient { BaseAddress = _app.BaseAddress };
        using var client = _app.ApiClient(Key);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
        request.Headers.Add("Last-Event-ID", "not-a-number");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/events")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);
    }
}
