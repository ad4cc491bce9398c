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

        var first = await stream.NextAsync(item => item.Type == "comment", TimeSpan.FromSeconds(5));
        var firstAt = DateTime.UtcNow;
        var second = await stream.NextAsync(item => item.Type == "comment", TimeSpan.FromSeconds(5));

        Assert.Equal("ping", first.Data);
        Assert.Equal("ping", second.Data);
        // One shared tick pings every stream: consecutive pings are about one interval apart.
        Assert.InRange(DateTime.UtcNow - firstAt, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(5));
    }
}
