using System.Net;
using System.Text.Json;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

public sealed class MessageUpdateTests : IAsyncLifetime
{
    private EmulatorHarness h = null!;

    public async Task InitializeAsync() => h = await EmulatorHarness.StartAsync(manualClock: true);

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task QueuedMessageCanBeCanceledButADeliveredOneCannot()
    {
        var first = (await h.SendSmsAsync(("Body", "goes now"))).GetProperty("sid").GetString()!;
        var second = (await h.SendSmsAsync(("Body", "waits a second"))).GetProperty("sid").GetString()!;
        await h.WaitForStatusAsync(first, "delivered");

        var (status, canceled) = await h.PostFormAsync($"{h.AccountPath}/Messages/{second}.json", ("Status", "canceled"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("canceled", canceled.GetProperty("status").GetString());

        h.Clock!.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("canceled", await h.StatusOfAsync(second));

        var (refused, error) = await h.PostFormAsync($"{h.AccountPath}/Messages/{first}.json", ("Status", "canceled"));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal(JsonValueKind.Number, error.GetProperty("code").ValueKind);
    }

    [Fact]
    public async Task EmptyBodyUpdateRedactsTheText()
    {
        var sid = (await h.SendSmsAsync(("Body", "secret"))).GetProperty("sid").GetString()!;
        await h.WaitForStatusAsync(sid, "delivered");
        var (status, json) = await h.PostFormAsync($"{h.AccountPath}/Messages/{sid}.json", ("Body", ""));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("", json.GetProperty("body").GetString());
        Assert.Equal("", (await h.FetchMessageAsync(sid)).GetProperty("body").GetString());
    }

    [Fact]
    public async Task DeleteAnswers204ThenTheMessageIsGoneAnd404()
    {
        var sid = (await h.SendSmsAsync(("Body", "bye"))).GetProperty("sid").GetString()!;
        await h.WaitForStatusAsync(sid, "delivered");
        using var deleted = await h.Http.DeleteAsync($"{h.AccountPath.TrimStart('/')}/Messages/{sid}.json");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await h.GetAsync($"{h.AccountPath}/Messages/{sid}.json")).Status);
        using var again = await h.Http.DeleteAsync($"{h.AccountPath.TrimStart('/')}/Messages/{sid}.json");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task DeletingAMessageStillOnItsWayIsRefusedWith20009()
    {
        await h.SendSmsAsync(("Body", "goes now"));
        var queued = (await h.SendSmsAsync(("Body", "waits its turn"), ("To", "+15551112222"))).GetProperty("sid").GetString()!;

        using var deleted = await h.Http.DeleteAsync($"{h.AccountPath.TrimStart('/')}/Messages/{queued}.json");
        using var error = JsonDocument.Parse(await deleted.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, deleted.StatusCode);
        Assert.Equal(20009, error.RootElement.GetProperty("code").GetInt32());
        Assert.Equal("queued", (await h.FetchMessageAsync(queued)).GetProperty("status").GetString());
    }
}
