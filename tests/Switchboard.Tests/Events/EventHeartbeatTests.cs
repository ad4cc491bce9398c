using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Events;

public sealed class EventHeartbeatTests
{
    private const string Key = "bootstrap-key-for-heartbeat-tests-012345";

    [Fact]
    public async Task AnIdleStreamReceivesPingCommentsOnTheConfiguredInterval()
    {
        using var app = new SwitchboardApp(new Dictionary<string, string?>
        {
            ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = Key,
            ["Events:HeartbeatSeconds"] = "1",
        }).Start();
        await app.WaitUntilReadyAsync();
        await using var stream = await SseClient.ConnectAsync(app.BaseAddress, Key);
        var started = DateTime.UtcNow;

        var first = await stream.NextAsync(item => item.Type == "comment", TimeSpan.FromSeconds(5));
        var second = await stream.NextAsync(item => item.Type == "comment", TimeSpan.FromSeconds(5));

        Assert.Equal("ping", first.Data);
        Assert.Equal("ping", second.Data);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10));
    }
}
