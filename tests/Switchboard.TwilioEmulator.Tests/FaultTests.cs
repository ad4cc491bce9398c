using System.Net;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

public sealed class FaultTests : IAsyncLifetime
{
    private EmulatorHarness h = null!;

    public async Task InitializeAsync() => h = await EmulatorHarness.StartAsync(configure: o => o.Pacing = false);

    public async Task DisposeAsync() => await h.DisposeAsync();

    private Task<(HttpStatusCode Status, System.Text.Json.JsonElement Json)> CreateAsync(string body) =>
        h.PostFormAsync(h.AccountPath + "/Messages.json", ("To", EmulatorHarness.Customer), ("From", EmulatorHarness.LongCode), ("Body", body));

    [Fact]
    public async Task InjectedTooManyRequestsRejectsWithoutProcessingThenClears()
    {
        var (added, _) = await h.ControlPostAsync("/_emulator/faults", new { path = "Messages.json", status = 429, count = 2 });
        Assert.Equal(HttpStatusCode.OK, added);

        var (listStatus, _) = await h.GetAsync(h.AccountPath + "/IncomingPhoneNumbers.json");
        Assert.Equal(HttpStatusCode.OK, listStatus);
        for (var i = 0; i < 2; i++)
        {
            var (status, error) = await CreateAsync("rejected");
            Assert.Equal(HttpStatusCode.TooManyRequests, status);
            Assert.Equal(20429, error.GetProperty("code").GetInt32());
            Assert.Equal(429, error.GetProperty("status").GetInt32());
        }

        Assert.Empty(MessagesApiTests.Sids((await h.GetAsync(h.AccountPath + "/Messages.json")).Json));
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync("accepted")).Status);
    }

    [Fact]
    public async Task DroppedCreateIsProcessedButTheCallerGetsNoAnswer()
    {
        await h.ControlPostAsync("/_emulator/faults", new { path = "Messages.json", status = 500, mode = "drop" });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => CreateAsync("outcome unknown"));

        var listed = (await h.GetAsync(h.AccountPath + "/Messages.json?To=%2B15557654321")).Json.GetProperty("messages");
        Assert.Equal("outcome unknown", Assert.Single(listed.EnumerateArray()).GetProperty("body").GetString());
    }

    [Fact]
    public async Task InvalidFaultIsA400ProblemNamingTheField()
    {
        var (status, json) = await h.ControlPostAsync("/_emulator/faults", new { status = 200 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("status", json.GetProperty("field").GetString());
    }
}
