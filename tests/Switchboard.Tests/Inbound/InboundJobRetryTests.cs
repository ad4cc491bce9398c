using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Switchboard.Inbound;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Inbound;

public sealed class InboundJobRetryTests : IAsyncLifetime
{
    private readonly InboundApp inbound = InboundApp.With(new Dictionary<string, string?>
    {
        ["Inbound:MaxAttempts"] = "3",
        ["Inbound:RetryBaseDelay"] = "00:00:00.050",
        ["Inbound:PollInterval"] = "00:00:00.050",
    });

    public Task InitializeAsync() => inbound.InitializeAsync();

    public Task DisposeAsync() => inbound.DisposeAsync();

    [Fact]
    public async Task AFailingJobIsRetriedThenParkedWithoutBlockingTheQueueAndAReplayFinishesIt()
    {
        // A webhook without From cannot be processed: every attempt fails.
        var broken = InboundApp.Sms(InboundApp.NewPhone(), "broken");
        broken.Remove("From");
        Assert.Equal(HttpStatusCode.OK, (await inbound.PostAsync(broken)).StatusCode);
        var healthy = InboundApp.Sms(InboundApp.NewPhone(), "healthy");
        await inbound.PostAsync(healthy);
        using var api = inbound.Api();

        var parked = await Eventually.ReturnsAsync("the broken job to be parked", async () =>
        {
            var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/inbound/jobs?state=parked");
            return page.GetProperty("items").EnumerateArray()
                .Where(j => j.GetProperty("dedupeKey").GetString() == ReceiveInboundSms.DedupeKey(broken["MessageSid"]))
                .Select(j => (JsonElement?)j).FirstOrDefault() is { } job ? job.ToString() : null;
        });
        var job = JsonDocument.Parse(parked).RootElement;
        Assert.Equal(3, job.GetProperty("attempts").GetInt32());
        Assert.Contains("From", job.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        await inbound.ProcessedAsync(healthy["MessageSid"]);
        Assert.True(await inbound.QueryAsync(db => db.Messages.AnyAsync(m => m.TwilioSid == healthy["MessageSid"])));

        // The operator fixes the cause (here: the stored event) and replays the job.
        broken["From"] = InboundApp.NewPhone();
        var fixedBody = new FormUrlEncodedContent(broken).ReadAsStringAsync();
        var dedupeKey = ReceiveInboundSms.DedupeKey(broken["MessageSid"]);
        var body = await fixedBody;
        await inbound.QueryAsync(db => db.WebhookEvents.Where(e => e.DedupeKey == dedupeKey).ExecuteUpdateAsync(s => s.SetProperty(e => e.RawBody, body)));
        var replay = await api.PostAsync($"/api/v1/inbound/jobs/{job.GetProperty("id").GetString()}/replay", null);
        var again = await api.PostAsync($"/api/v1/inbound/jobs/{Guid.NewGuid()}/replay", null);

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await inbound.ProcessedAsync(broken["MessageSid"]);
        Assert.True(await inbound.QueryAsync(db => db.Messages.AnyAsync(m => m.TwilioSid == broken["MessageSid"])));
        var doneJobs = await api.GetFromJsonAsync<JsonElement>("/api/v1/inbound/jobs?state=done");
        Assert.Equal(2, doneJobs.GetProperty("total").GetInt32());
    }
}
