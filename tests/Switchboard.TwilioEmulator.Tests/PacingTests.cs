using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

public sealed class PacingTests : IAsyncDisposable
{
    private EmulatorHarness h = null!;

    private async Task<List<string>> SendAsync(int count, string from, string body = "x")
    {
        var sids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            sids.Add((await h.SendSmsAsync(("Body", body), ("From", from), ("To", $"+1555000{1000 + i}"))).GetProperty("sid").GetString()!);
        }

        return sids;
    }

    private async Task<int> ReleasedAsync(IEnumerable<string> sids)
    {
        var released = 0;
        foreach (var sid in sids)
        {
            released += await h.StatusOfAsync(sid) == "queued" ? 0 : 1;
        }

        return released;
    }

    private Task WaitReleasedAsync(IReadOnlyList<string> sids, int count) =>
        Eventually.WaitAsync(() => ReleasedAsync(sids), n => n >= count, $"{count} released");

    private async Task<string?> DateSentAsync(string sid) => (await h.FetchMessageAsync(sid)).GetProperty("date_sent").GetString();

    [Fact]
    public async Task LongCodeReleasesOneSegmentPerSecondOfTheClock()
    {
        h = await EmulatorHarness.StartAsync(manualClock: true);
        var sids = await SendAsync(4, EmulatorHarness.LongCode);

        for (var second = 0; second < 4; second++)
        {
            await WaitReleasedAsync(sids, second + 1);
            Assert.Equal(second + 1, await ReleasedAsync(sids));
            Assert.Equal($"Mon, 02 Mar 2026 09:30:0{second} +0000", await DateSentAsync(sids[second]));
            h.Clock!.Advance(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public async Task TwoSegmentMessageHoldsItsSenderForTwoSeconds()
    {
        h = await EmulatorHarness.StartAsync(manualClock: true);
        var twoSegments = await SendAsync(1, EmulatorHarness.LongCode, new string('a', 200));
        Assert.Equal("2", (await h.FetchMessageAsync(twoSegments[0])).GetProperty("num_segments").GetString());
        var next = await SendAsync(1, EmulatorHarness.LongCode);
        await WaitReleasedAsync(twoSegments, 1);

        h.Clock!.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("queued", await h.StatusOfAsync(next[0]));
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        await WaitReleasedAsync(next, 1);
        Assert.Equal("Mon, 02 Mar 2026 09:30:02 +0000", await DateSentAsync(next[0]));
    }

    [Fact]
    public async Task TollFreeReleasesThreePerSecond()
    {
        h = await EmulatorHarness.StartAsync(manualClock: true);
        var sids = await SendAsync(7, EmulatorHarness.TollFree);
        await WaitReleasedAsync(sids, 1);
        h.Clock!.Advance(TimeSpan.FromMilliseconds(990));
        await WaitReleasedAsync(sids, 3);
        Assert.Equal(3, await ReleasedAsync(sids));
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        await WaitReleasedAsync(sids, 6);
        Assert.Equal(6, await ReleasedAsync(sids));
    }

    [Fact]
    public async Task SendersArePacedIndependently()
    {
        h = await EmulatorHarness.StartAsync(manualClock: true);
        var longCode = await SendAsync(2, EmulatorHarness.LongCode);
        var shortCode = await SendAsync(2, EmulatorHarness.ShortCode);
        await WaitReleasedAsync(longCode, 1);
        await WaitReleasedAsync(shortCode, 1);
        Assert.Equal("queued", await h.StatusOfAsync(longCode[1]));
    }

    [Fact]
    public async Task WithPacingOffEverythingIsReleasedAtOnce()
    {
        h = await EmulatorHarness.StartAsync(manualClock: true, configure: o => o.Pacing = false);
        var sids = await SendAsync(5, EmulatorHarness.LongCode, new string('a', 400));
        foreach (var sid in sids)
        {
            await h.WaitForStatusAsync(sid, "delivered");
        }

        Assert.All(await Task.WhenAll(sids.Select(DateSentAsync)), d => Assert.Equal("Mon, 02 Mar 2026 09:30:00 +0000", d));
    }

    [Fact]
    public async Task SenderQueueHoldsTenHoursOfTrafficThenRefusesWith21611()
    {
        // At one segment per 10,000 s the fifth message would wait 40,000 s, past the 36,000 s limit.
        h = await EmulatorHarness.StartAsync(manualClock: true, configure: o => o.LongCodeMps = 0.0001);
        await SendAsync(4, EmulatorHarness.LongCode);
        var (status, error) = await h.PostFormAsync(h.AccountPath + "/Messages.json",
            ("To", EmulatorHarness.Customer), ("From", EmulatorHarness.LongCode), ("Body", "one too many"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, status);
        Assert.Equal(21611, error.GetProperty("code").GetInt32());
        await h.SendSmsAsync(("Body", "another sender is free"), ("From", EmulatorHarness.TollFree));
    }

    [Fact]
    public async Task MessageStillQueuedAfterItsValidityPeriodFailsWith30001()
    {
        h = await EmulatorHarness.StartAsync(manualClock: true);
        var sids = await SendAsync(3, EmulatorHarness.LongCode);
        var shortLived = (await h.SendSmsAsync(("Body", "hurry"), ("ValidityPeriod", "2"))).GetProperty("sid").GetString()!;

        h.Clock!.Advance(TimeSpan.FromSeconds(2));
        var failed = await h.WaitForStatusAsync(shortLived, "failed");
        Assert.Equal(30001, failed.GetProperty("error_code").GetInt32());
        await WaitReleasedAsync(sids, 3);
    }

    public async ValueTask DisposeAsync()
    {
        if (h is not null)
        {
            await h.DisposeAsync();
        }
    }
}
