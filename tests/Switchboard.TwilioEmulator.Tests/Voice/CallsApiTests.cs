using System.Net;
using System.Text.Json;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests.Voice;

public sealed class CallsApiTests : IAsyncLifetime
{
    private const string Customer = EmulatorHarness.Customer;
    private const string Number = EmulatorHarness.LongCode;
    private const string Rfc2822 = @"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$";

    private EmulatorHarness h = null!;

    public async Task InitializeAsync() => h = await EmulatorHarness.StartAsync(manualClock: true);

    public async Task DisposeAsync() => await h.DisposeAsync();

    private async Task<JsonElement> CreateAsync(params (string Name, string Value)[] form)
    {
        var all = form.ToList();
        if (all.All(f => f.Name != "To"))
        {
            all.Add(("To", Customer));
        }

        if (all.All(f => f.Name != "From"))
        {
            all.Add(("From", Number));
        }

        if (all.All(f => f.Name is not ("Url" or "Twiml")))
        {
            all.Add(("Twiml", "<Response><Say>Hello there</Say></Response>"));
        }

        var (status, json) = await h.PostFormAsync(h.AccountPath + "/Calls.json", [.. all]);
        Assert.True(status == HttpStatusCode.Created, $"create answered {(int)status}: {json}");
        return json;
    }

    private async Task<JsonElement> AnswerAsync(string sid)
    {
        h.Clock!.Advance(TimeSpan.FromSeconds(2));
        return await h.WaitForCallStatusAsync(sid, "in-progress");
    }

    [Fact]
    public async Task CreateAnswers201WithTheFullCallJsonInTwiliosTypes()
    {
        var call = await CreateAsync(("Url", "https://example.com/answer"));
        var sid = call.GetProperty("sid").GetString()!;
        Assert.Matches("^CA[0-9a-f]{32}$", sid);
        Assert.Equal("queued", call.GetProperty("status").GetString());
        Assert.Equal("outbound-api", call.GetProperty("direction").GetString());
        Assert.Equal(Customer, call.GetProperty("to").GetString());
        Assert.Equal("(555) 765-4321", call.GetProperty("to_formatted").GetString());
        Assert.Equal(Number, call.GetProperty("from").GetString());
        Assert.Matches("^PN[0-9a-f]{32}$", call.GetProperty("phone_number_sid").GetString()!);
        Assert.Equal(h.Emulator.AccountSid, call.GetProperty("account_sid").GetString());
        Assert.Equal("2010-04-01", call.GetProperty("api_version").GetString());
        Assert.Matches(Rfc2822, call.GetProperty("date_created").GetString()!);
        Assert.Matches(Rfc2822, call.GetProperty("date_updated").GetString()!);
        foreach (var nullField in new[] { "duration", "price", "start_time", "end_time", "parent_call_sid", "answered_by", "forwarded_from", "group_sid", "caller_name", "trunk_sid" })
        {
            Assert.True(call.GetProperty(nullField).ValueKind == JsonValueKind.Null, $"{nullField} should be null");
        }

        Assert.Equal("USD", call.GetProperty("price_unit").GetString());
        Assert.Equal("0", call.GetProperty("queue_time").GetString());
        Assert.Equal($"{h.AccountPath}/Calls/{sid}.json", call.GetProperty("uri").GetString());
        Assert.Equal($"{h.AccountPath}/Calls/{sid}/Recordings.json", call.GetProperty("subresource_uris").GetProperty("recordings").GetString());

        var fetched = await h.FetchCallAsync(sid);
        Assert.Equal(sid, fetched.GetProperty("sid").GetString());
    }

    [Theory]
    [InlineData(new[] { "From", "+15005550006", "Url", "https://example.com/a" }, 21201)]
    [InlineData(new[] { "To", "+15557654321", "Url", "https://example.com/a" }, 21213)]
    [InlineData(new[] { "To", "+15557654321", "From", "+15005550006" }, 21205)]
    [InlineData(new[] { "To", "5551234", "From", "+15005550006", "Url", "https://example.com/a" }, 21211)]
    [InlineData(new[] { "To", "+15557654321", "From", "nope", "Url", "https://example.com/a" }, 21212)]
    [InlineData(new[] { "To", "+15557654321", "From", "+15551112222", "Url", "https://example.com/a" }, 21210)]
    [InlineData(new[] { "To", "+15557654321", "From", "+15005550006", "Url", "not a url" }, 21205)]
    [InlineData(new[] { "To", "+15557654321", "From", "+15005550006", "Url", "https://example.com/a", "StatusCallbackEvent", "hungup" }, 20001)]
    public async Task InvalidCreateAnswersTwiliosErrorBody(string[] pairs, int code)
    {
        var form = pairs.Chunk(2).Select(p => (p[0], p[1])).ToArray();
        var (status, json) = await h.PostFormAsync(h.AccountPath + "/Calls.json", form);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, json.GetProperty("code").GetInt32());
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.Equal($"https://www.twilio.com/docs/errors/{code}", json.GetProperty("more_info").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task RequestedStatusCallbacksArriveInOrderSignedWithSequenceNumbers()
    {
        var sid = (await CreateAsync(
            ("StatusCallback", h.Receiver.Url("/call-status")),
            ("StatusCallbackEvent", "initiated"), ("StatusCallbackEvent", "ringing"),
            ("StatusCallbackEvent", "answered"), ("StatusCallbackEvent", "completed"))).GetProperty("sid").GetString()!;

        await h.WaitForRequestsAsync("/call-status", 2);
        await AnswerAsync(sid);
        await Eventually.WaitAsync(() => h.FetchCallAsync(sid), c => c.GetProperty("status").GetString() != "in-progress" || h.Receiver.At("/call-status").Count >= 3, "answered");
        h.Clock!.Advance(TimeSpan.FromSeconds(1)); // "Hello there" takes a second to say.
        var completed = await h.WaitForCallStatusAsync(sid, "completed");
        var callbacks = await h.WaitForRequestsAsync("/call-status", 4);

        Assert.Equal(["initiated", "ringing", "in-progress", "completed"], callbacks.Select(c => c["CallStatus"]));
        Assert.Equal(["0", "1", "2", "3"], callbacks.Select(c => c["SequenceNumber"]));
        Assert.All(callbacks, c =>
        {
            Assert.True(c.IsSignedBy(h.Emulator.AuthToken));
            Assert.Equal(sid, c["CallSid"]);
            Assert.Equal("call-progress-events", c["CallbackSource"]);
            Assert.Equal("outbound-api", c["Direction"]);
            Assert.Equal(Number, c["From"]);
            Assert.Equal(Customer, c["To"]);
            Assert.Matches(Rfc2822, c["Timestamp"]!);
        });
        Assert.Equal("1", callbacks[3]["CallDuration"]);
        Assert.False(callbacks[2].Has("CallDuration"));

        Assert.Equal("1", completed.GetProperty("duration").GetString());
        Assert.Equal("-0.01400", completed.GetProperty("price").GetString());
        Assert.Matches(Rfc2822, completed.GetProperty("start_time").GetString()!);
        Assert.Matches(Rfc2822, completed.GetProperty("end_time").GetString()!);
        var transcript = await h.ControlGetAsync($"/_emulator/calls/{sid}");
        Assert.Contains("Say: Hello there", transcript.GetProperty("transcript").Strings());
    }

    [Fact]
    public async Task OnlyTheCompletedCallbackIsSentByDefault()
    {
        var sid = (await CreateAsync(("StatusCallback", h.Receiver.Url("/call-status")))).GetProperty("sid").GetString()!;
        await AnswerAsync(sid);
        h.Clock!.Advance(TimeSpan.FromSeconds(1));
        await h.WaitForCallStatusAsync(sid, "completed");
        var callback = Assert.Single(await h.WaitForRequestsAsync("/call-status", 1));
        Assert.Equal("completed", callback["CallStatus"]);
        Assert.Equal("0", callback["SequenceNumber"]);
    }

    [Fact]
    public async Task AnsweredCallFetchesItsUrlSignedAndRunsTheTwiml()
    {
        h.Twiml("/answer", "<Response><Say>Your code is 1234</Say><Hangup/></Response>");
        var sid = (await CreateAsync(("Url", h.Receiver.Url("/answer")))).GetProperty("sid").GetString()!;
        await AnswerAsync(sid);
        var request = Assert.Single(await h.WaitForRequestsAsync("/answer", 1));
        Assert.Equal("POST", request.Method);
        Assert.True(request.IsSignedBy(h.Emulator.AuthToken));
        Assert.Equal("in-progress", request["CallStatus"]);
        Assert.Equal("outbound-api", request["Direction"]);
        Assert.Equal(sid, request["CallSid"]);
        h.Clock!.Advance(TimeSpan.FromSeconds(2));
        await h.WaitForCallStatusAsync(sid, "completed");
        var transcript = (await h.ControlGetAsync($"/_emulator/calls/{sid}")).GetProperty("transcript").Strings();
        Assert.Equal(["Say: Your code is 1234", "Hangup"], transcript);
    }

    [Theory]
    [InlineData("busy", 2)]
    [InlineData("no-answer", 60)]
    [InlineData("failed", 0)]
    public async Task OutcomeRulesEndCallsUnanswered(string outcome, int seconds)
    {
        var (status, _) = await h.ControlPostAsync("/_emulator/calls/outcomes", new { to = Customer, status = outcome });
        Assert.Equal(HttpStatusCode.OK, status);
        var sid = (await CreateAsync(("StatusCallback", h.Receiver.Url("/call-status")))).GetProperty("sid").GetString()!;
        await h.WaitForRequestsAsync("/call-status", 0);
        if (seconds > 0)
        {
            await Eventually.WaitAsync(() => h.FetchCallAsync(sid), c => c.GetProperty("status").GetString() == "ringing", "ringing");
            h.Clock!.Advance(TimeSpan.FromSeconds(seconds));
        }

        var call = await h.WaitForCallStatusAsync(sid, outcome);
        Assert.Equal("0", call.GetProperty("duration").GetString());
        Assert.True(call.GetProperty("price").ValueKind == JsonValueKind.Null);
        var callback = Assert.Single(await h.WaitForRequestsAsync("/call-status", 1));
        Assert.Equal(outcome, callback["CallStatus"]);
    }

    [Fact]
    public async Task RingingCallCanBeCanceledAndThenNotUpdated()
    {
        var sid = (await CreateAsync()).GetProperty("sid").GetString()!;
        await Eventually.WaitAsync(() => h.FetchCallAsync(sid), c => c.GetProperty("status").GetString() == "ringing", "ringing");
        var (status, call) = await h.PostFormAsync($"{h.AccountPath}/Calls/{sid}.json", ("Status", "canceled"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("canceled", call.GetProperty("status").GetString());

        h.Clock!.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("canceled", (await h.FetchCallAsync(sid)).GetProperty("status").GetString());
        var (again, error) = await h.PostFormAsync($"{h.AccountPath}/Calls/{sid}.json", ("Status", "completed"));
        Assert.Equal(HttpStatusCode.BadRequest, again);
        Assert.Equal(21220, error.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task InProgressCallHangsUpWithStatusCompleted()
    {
        var sid = (await CreateAsync(("Twiml", "<Response><Pause length=\"600\"/></Response>"))).GetProperty("sid").GetString()!;
        await AnswerAsync(sid);
        h.Clock!.Advance(TimeSpan.FromSeconds(30));
        var (status, call) = await h.PostFormAsync($"{h.AccountPath}/Calls/{sid}.json", ("Status", "completed"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("completed", call.GetProperty("status").GetString());
        Assert.Equal("30", call.GetProperty("duration").GetString());
        h.Clock.Advance(TimeSpan.FromSeconds(600));
        Assert.Equal("30", (await h.FetchCallAsync(sid)).GetProperty("duration").GetString());
    }

    [Fact]
    public async Task UpdateWithTwimlRedirectsAnAnsweredCall()
    {
        var sid = (await CreateAsync(("Twiml", "<Response><Pause length=\"600\"/></Response>"))).GetProperty("sid").GetString()!;
        await AnswerAsync(sid);
        var (status, _) = await h.PostFormAsync($"{h.AccountPath}/Calls/{sid}.json", ("Twiml", "<Response><Say>Goodbye</Say></Response>"));
        Assert.Equal(HttpStatusCode.OK, status);
        await Eventually.WaitAsync(() => h.ControlGetAsync($"/_emulator/calls/{sid}"), j => j.GetProperty("transcript").Strings().Contains("Say: Goodbye"), "the new TwiML to run");
        h.Clock!.Advance(TimeSpan.FromSeconds(1));
        var call = await h.WaitForCallStatusAsync(sid, "completed");
        Assert.Equal("1", call.GetProperty("duration").GetString());
    }

    [Fact]
    public async Task ListFiltersAndPagesNewestFirstAndDeleteNeedsAnEndedCall()
    {
        var first = (await CreateAsync(("To", "+15550000001"))).GetProperty("sid").GetString()!;
        var second = (await CreateAsync(("To", "+15550000002"))).GetProperty("sid").GetString()!;
        var third = (await CreateAsync(("To", "+15550000002"))).GetProperty("sid").GetString()!;

        var (_, all) = await h.GetAsync($"{h.AccountPath}/Calls.json?PageSize=2");
        Assert.Equal([third, second], all.GetProperty("calls").EnumerateArray().Select(c => c.GetProperty("sid").GetString()));
        Assert.Equal(2, all.GetProperty("page_size").GetInt32());
        var next = all.GetProperty("next_page_uri").GetString()!;
        var (_, page2) = await h.GetAsync(next);
        Assert.Equal([first], page2.GetProperty("calls").EnumerateArray().Select(c => c.GetProperty("sid").GetString()));

        var (_, to2) = await h.GetAsync($"{h.AccountPath}/Calls.json?To=%2B15550000002");
        Assert.Equal(2, to2.GetProperty("calls").GetArrayLength());

        var (deleteEarly, error) = await DeleteAsync(first);
        Assert.Equal(HttpStatusCode.BadRequest, deleteEarly);
        Assert.Equal(20009, error.GetProperty("code").GetInt32());

        await h.PostFormAsync($"{h.AccountPath}/Calls/{first}.json", ("Status", "canceled"));
        var (_, canceled) = await h.GetAsync($"{h.AccountPath}/Calls.json?Status=canceled");
        Assert.Equal([first], canceled.GetProperty("calls").EnumerateArray().Select(c => c.GetProperty("sid").GetString()));

        var (deleted, _) = await DeleteAsync(first);
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        var (missing, notFound) = await h.GetAsync($"{h.AccountPath}/Calls/{first}.json");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal(20404, notFound.GetProperty("code").GetInt32());
    }

    private async Task<(HttpStatusCode, JsonElement)> DeleteAsync(string sid)
    {
        using var response = await h.Http.DeleteAsync($"{h.AccountPath.TrimStart('/')}/Calls/{sid}.json");
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
