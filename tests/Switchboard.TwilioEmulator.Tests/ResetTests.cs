using System.Net;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

public sealed class ResetTests : IAsyncLifetime
{
    private EmulatorHarness h = null!;

    public async Task InitializeAsync() => h = await EmulatorHarness.StartAsync(configure: o => o.Pacing = false);

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task ResetClearsMessagesRulesHandsetsAndOptOutsButKeepsTheAccount()
    {
        await h.ConfigureSmsUrlAsync(EmulatorHarness.LongCode, "/sms");
        var sid = (await h.SendSmsAsync(("Body", "hello"))).GetProperty("sid").GetString()!;
        await h.WaitForStatusAsync(sid, "delivered");
        await h.ControlPostAsync("/_emulator/outcomes", new { to = EmulatorHarness.Customer, status = "failed", errorCode = 30007 });
        await h.ControlPostAsync("/_emulator/sms", new { from = EmulatorHarness.Customer, to = EmulatorHarness.LongCode, body = "STOP" });

        var (status, _) = await h.ControlPostAsync("/_emulator/reset", new { });
        Assert.True(status is HttpStatusCode.NoContent or HttpStatusCode.OK);

        Assert.Empty(MessagesApiTests.Sids((await h.GetAsync(h.AccountPath + "/Messages.json")).Json));
        Assert.Equal(0, (await h.HandsetAsync(EmulatorHarness.Customer)).GetArrayLength());
        var after = (await h.SendSmsAsync(("Body", "after reset"))).GetProperty("sid").GetString()!;
        await h.WaitForStatusAsync(after, "delivered");

        Assert.Equal(3, (await h.GetAsync(h.AccountPath + "/IncomingPhoneNumbers.json")).Json.GetProperty("incoming_phone_numbers").GetArrayLength());
        var number = (await h.GetAsync(h.AccountPath + "/IncomingPhoneNumbers.json?PhoneNumber=%2B15005550006")).Json.GetProperty("incoming_phone_numbers")[0];
        Assert.Equal(h.Receiver.Url("/sms"), number.GetProperty("sms_url").GetString());
    }
}
