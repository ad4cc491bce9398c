using System.Net;
using System.Text.Json;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

public sealed class StatusCallbackTests : IAsyncLifetime
{
    private EmulatorHarness h = null!;

    public async Task InitializeAsync() => h = await EmulatorHarness.StartAsync(manualClock: true);

    public async Task DisposeAsync() => await h.DisposeAsync();

    private async Task<List<ReceivedWebhook>> CallbacksAsync(string sid, int count) =>
        await Eventually.WaitAsync(() => h.Receiver.At("/status").Where(r => r["MessageSid"] == sid).ToList(), l => l.Count >= count, $"{count} callbacks for {sid}");

    [Fact]
    public async Task CallbacksArriveInOrderSendingSentDeliveredWithValidSignatures()
    {
        var sid = (await h.SendSmsAsync(("Body", "Hi"), ("StatusCallback", h.Receiver.Url("/status")))).GetProperty("sid").GetString()!;
        var callbacks = await CallbacksAsync(sid, 3);

        Assert.Equal(["sending", "sent", "delivered"], callbacks.Select(c => c["MessageStatus"]));
        Assert.All(callbacks, c =>
        {
            Assert.Equal("POST", c.Method);
            Assert.True(c.IsSignedBy(h.Emulator.AuthToken), "X-Twilio-Signature must verify with the account's auth token");
            Assert.False(c.IsSignedBy("0123456789abcdef0123456789abcdef"));
            Assert.Equal(h.Emulator.AccountSid, c["AccountSid"]);
            Assert.Equal("2010-04-01", c["ApiVersion"]);
            Assert.Equal(EmulatorHarness.LongCode, c["From"]);
            Assert.Equal(EmulatorHarness.Customer, c["To"]);
            Assert.Equal(sid, c["SmsSid"]);
            Assert.Equal(c["MessageStatus"], c["SmsStatus"]);
            Assert.False(c.Has("ErrorCode"));
        });
        Assert.Matches("^[0-9]{10}$", callbacks[2]["RawDlrDoneDate"]);
        Assert.False(callbacks[0].Has("RawDlrDoneDate"));
    }

    [Fact]
    public async Task NoCallbackIsSentForTheInitialQueuedStatus()
    {
        await h.SendSmsAsync(("Body", "first"));
        var second = (await h.SendSmsAsync(("Body", "second"), ("StatusCallback", h.Receiver.Url("/status")))).GetProperty("sid").GetString()!;
        Assert.Equal("queued", await h.StatusOfAsync(second));
        h.Clock!.Advance(TimeSpan.FromSeconds(1));
        var callbacks = await CallbacksAsync(second, 3);
        Assert.DoesNotContain(callbacks, c => c["MessageStatus"] == "queued");
    }

    [Fact]
    public async Task UndeliveredOutcomeReportsItsErrorCodeInCallbackAndResource()
    {
        await h.ControlPostAsync("/_emulator/outcomes", new { to = EmulatorHarness.Customer, status = "undelivered", errorCode = 30003 });
        var sid = (await h.SendSmsAsync(("Body", "Hi"), ("StatusCallback", h.Receiver.Url("/status")))).GetProperty("sid").GetString()!;
        var callbacks = await CallbacksAsync(sid, 3);

        Assert.Equal(["sending", "sent", "undelivered"], callbacks.Select(c => c["MessageStatus"]));
        Assert.Equal("30003", callbacks[2]["ErrorCode"]);
        Assert.False(string.IsNullOrEmpty(callbacks[2]["ErrorMessage"]));
        Assert.True(callbacks[2].Has("RawDlrDoneDate"));
        var message = await h.FetchMessageAsync(sid);
        Assert.Equal("undelivered", message.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Number, message.GetProperty("error_code").ValueKind);
        Assert.Equal(30003, message.GetProperty("error_code").GetInt32());
        Assert.Empty((await h.HandsetAsync(EmulatorHarness.Customer)).EnumerateArray());
    }

    [Fact]
    public async Task FailedOutcomeGoesStraightFromQueuedToFailed()
    {
        await h.ControlPostAsync("/_emulator/outcomes", new { to = EmulatorHarness.Customer, status = "failed", errorCode = 30007 });
        var sid = (await h.SendSmsAsync(("Body", "Hi"), ("StatusCallback", h.Receiver.Url("/status")))).GetProperty("sid").GetString()!;
        var callback = Assert.Single(await CallbacksAsync(sid, 1));
        Assert.Equal("failed", callback["MessageStatus"]);
        Assert.Equal("30007", callback["ErrorCode"]);
        Assert.Equal(30007, (await h.WaitForStatusAsync(sid, "failed")).GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task DeliveredOutcomeWithDelayWaitsForTheClock()
    {
        await h.ControlPostAsync("/_emulator/outcomes", new { to = EmulatorHarness.Customer, status = "delivered", delayMs = 5000 });
        var sid = (await h.SendSmsAsync(("Body", "Hi"))).GetProperty("sid").GetString()!;
        await h.WaitForStatusAsync(sid, "sent");
        h.Clock!.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal("sent", await h.StatusOfAsync(sid));
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        await h.WaitForStatusAsync(sid, "delivered");
    }

    [Fact]
    public async Task OutcomeCanSendEveryCallbackTwice()
    {
        await h.ControlPostAsync("/_emulator/outcomes", new { to = EmulatorHarness.Customer, status = "delivered", duplicateCallbacks = true });
        var sid = (await h.SendSmsAsync(("Body", "Hi"), ("StatusCallback", h.Receiver.Url("/status")))).GetProperty("sid").GetString()!;
        var callbacks = await CallbacksAsync(sid, 6);
        Assert.Equal(["sending", "sending", "sent", "sent", "delivered", "delivered"], callbacks.Select(c => c["MessageStatus"]));
    }

    [Fact]
    public async Task OutcomeCanDeliverCallbacksOutOfOrder()
    {
        await h.ControlPostAsync("/_emulator/outcomes", new { to = EmulatorHarness.Customer, status = "undelivered", errorCode = 30005, outOfOrderCallbacks = true });
        var sid = (await h.SendSmsAsync(("Body", "Hi"), ("StatusCallback", h.Receiver.Url("/status")))).GetProperty("sid").GetString()!;
        var callbacks = await CallbacksAsync(sid, 3);
        Assert.Equal(["undelivered", "sent", "sending"], callbacks.Select(c => c["MessageStatus"]));
        Assert.All(callbacks, c => Assert.True(c.IsSignedBy(h.Emulator.AuthToken)));
    }

    [Fact]
    public async Task InvalidOutcomeIsA400ProblemNamingTheField()
    {
        var (status, json) = await h.ControlPostAsync("/_emulator/outcomes", new { to = EmulatorHarness.Customer, status = "lost" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("status", json.GetProperty("field").GetString());
    }

    [Fact]
    public async Task UnreachableCallbackUrlDoesNotStopDelivery()
    {
        var sid = (await h.SendSmsAsync(("Body", "Hi"), ("StatusCallback", "http://127.0.0.1:9/nothing-listens-here"))).GetProperty("sid").GetString()!;
        await h.WaitForStatusAsync(sid, "delivered");
        var next = (await h.SendSmsAsync(("Body", "again"), ("StatusCallback", h.Receiver.Url("/status")), ("From", EmulatorHarness.TollFree))).GetProperty("sid").GetString()!;
        await CallbacksAsync(next, 3);
    }

    [Fact]
    public async Task DeliveredMessageReachesTheHandsetInOrder()
    {
        var a = (await h.SendSmsAsync(("Body", "one"), ("From", EmulatorHarness.TollFree))).GetProperty("sid").GetString()!;
        var b = (await h.SendSmsAsync(("Body", "two"), ("From", EmulatorHarness.TollFree), ("MediaUrl", "https://example.com/p.png"))).GetProperty("sid").GetString()!;
        h.Clock!.Advance(TimeSpan.FromSeconds(1));
        var handset = await Eventually.WaitAsync(() => h.HandsetAsync(EmulatorHarness.Customer), j => j.GetArrayLength() == 2, "two messages on the handset");
        Assert.Equal([a, b], handset.EnumerateArray().Select(m => m.GetProperty("sid").GetString()));
        var second = handset[1];
        Assert.Equal("two", second.GetProperty("body").GetString());
        Assert.Equal(EmulatorHarness.TollFree, second.GetProperty("from").GetString());
        Assert.Equal(EmulatorHarness.Customer, second.GetProperty("to").GetString());
        Assert.Equal("https://example.com/p.png", second.GetProperty("mediaUrls")[0].GetString());
        Assert.Equal(JsonValueKind.String, second.GetProperty("timestamp").ValueKind);

        using var client = new HttpClient { BaseAddress = h.Emulator.BaseAddress };
        var plus = JsonDocument.Parse(await client.GetStringAsync("_emulator/handsets/+15557654321/messages")).RootElement;
        Assert.Equal(2, plus.GetArrayLength());
    }
}
