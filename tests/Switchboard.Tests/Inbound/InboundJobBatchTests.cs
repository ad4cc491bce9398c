using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Switchboard.Inbound;
using Switchboard.Inbound.Jobs;
using Switchboard.Tenancy;

namespace Switchboard.Tests.Inbound;

public sealed class InboundJobBatchTests : IAsyncLifetime
{
    // The worker only runs when poked; rows stored straight through the store never poke it, so
    // this test claims and runs them itself.
    private readonly InboundApp inbound = InboundApp.With(new Dictionary<string, string?> { ["Inbound:PollInterval"] = "01:00:00" });

    public Task InitializeAsync() => inbound.InitializeAsync();

    public Task DisposeAsync() => inbound.DisposeAsync();

    [Fact]
    public async Task AJobThatFailsInsideABatchIsHandedBackAloneWhileTheOthersAreCommitted()
    {
        var organizationId = await InboundRows.OrganizationAsync(inbound);
        var healthy = InboundApp.Sms(InboundApp.NewPhone(), "healthy");
        var broken = InboundApp.Sms(InboundApp.NewPhone(), "broken");
        broken.Remove("From");
        var alsoHealthy = InboundApp.Sms(InboundApp.NewPhone(), "also healthy");
        await InboundRows.StoreAsync(
            inbound, InboundRows.Write(organizationId, healthy), InboundRows.Write(organizationId, broken), InboundRows.Write(organizationId, alsoHealthy));

        var settings = inbound.App.Services.GetRequiredService<IOptions<InboundOptions>>().Value;
        IReadOnlyList<ClaimedJob> claimed;
        await using (var scope = inbound.App.Services.CreateAsyncScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<InboundJobClaims>().ClaimAsync("test", settings, CancellationToken.None);
        }

        IReadOnlyList<(ClaimedJob Job, Exception Error)> failed;
        await using (var scope = inbound.App.Services.CreateAsyncScope())
        {
            failed = await scope.ServiceProvider.GetRequiredService<InboundJobBatch>().RunAsync(claimed, CancellationToken.None);
        }

        Assert.Equal(3, claimed.Count);
        var failure = Assert.Single(failed);
        Assert.Contains("From", failure.Error.Message, StringComparison.Ordinal);
        var sids = await inbound.QueryAsync(db => db.Messages.Select(m => m.TwilioSid).ToListAsync());
        Assert.Contains(healthy["MessageSid"], sids);
        Assert.Contains(alsoHealthy["MessageSid"], sids);
        Assert.DoesNotContain(broken["MessageSid"], sids);
        var brokenJob = await inbound.QueryAsync(db => db.InboundJobs.SingleAsync(j => j.Id == failure.Job.Id));
        Assert.Null(brokenJob.DoneAt);
        Assert.Equal(2, await inbound.QueryAsync(db => db.InboundJobs.CountAsync(j => j.DoneAt != null && claimed.Select(c => c.Id).Contains(j.Id))));
    }
}
