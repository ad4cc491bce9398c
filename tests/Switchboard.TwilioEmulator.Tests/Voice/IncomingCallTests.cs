using System.Net;
using System.Text.Json;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests.Voice;

public sealed class IncomingCallTests : IAsyncLifetime
{
    private const string Customer = EmulatorHarness.Customer;
    private const string Number = EmulatorHarness.LongCode;

    private EmulatorHarness h = null!;

    public async Task InitializeAsync()
    {
        h = await EmulatorHarness.StartAsync();
        await h.ConfigureVoiceAsync(Number, "/voice", "/call-status");
    }

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task UnansweredDialGoesToVoicemailWithTranscriptionAndTheRecordingCanBeDownloaded()
    {
        h.Twiml("/voice", "<Response><Say>Connecting you</Say><Dial timeout=\"20\" action=\"/voice/after-dial\"><Number>+15555550123</Number></Dial><Say>never heard</Say></Response>");
        h.Twiml("/voice/after-dial", "<Response><Say>Please leave a message.</Say><Record maxLength=\"120\" action=\"recorded\" transcribe=\"true\" transcribeCallback=\"/voice/transcribed\" recordingStatusCallback=\"/voice/recording-status\"/></Response>");

        var result = await h.CallInAsync(new { from = Customer, to = Number, dialOutcome = "no-answer", recordingSeconds = 7 });

        var callSid = result.GetProperty("callSid").GetString()!;
        Assert.Equal(200, result.GetProperty("webhookStatus").GetInt32());
        Assert.Equal("completed", result.GetProperty("status").GetString());
        Assert.Equal(
            ["Say: Connecting you", "Dial: +15555550123 → no-answer", "Say: Please leave a message.", "Record: beep"],
            result.GetProperty("transcript").Strings().Take(4));
        Assert.Equal(5, result.GetProperty("transcript").GetArrayLength());

        var voice = Assert.Single(h.Receiver.At("/voice"));
        Assert.True(voice.IsSignedBy(h.Emulator.AuthToken));
        Assert.Equal(callSid, voice["CallSid"]);
        Assert.Equal(h.Emulator.AccountSid, voice["AccountSid"]);
        Assert.Equal("ringing", voice["CallStatus"]);
        Assert.Equal("inbound", voice["Direction"]);
        Assert.Equal(Customer, voice["From"]);
        Assert.Equal(Customer, voice["Caller"]);
        Assert.Equal(Number, voice["To"]);
        Assert.Equal(Number, voice["Called"]);
        Assert.Equal("2010-04-01", voice["ApiVersion"]);
        Assert.Equal("US", voice["FromCountry"]);
        Assert.Equal("US", voice["ToCountry"]);

        var afterDial = Assert.Single(h.Receiver.At("/voice/after-dial"));
        Assert.True(afterDial.IsSignedBy(h.Emulator.AuthToken));
        Assert.Equal("no-answer", afterDial["DialCallStatus"]);
        Assert.Equal("0", afterDial["DialCallDuration"]);
        Assert.Matches("^CA[0-9a-f]{32}$", afterDial["DialCallSid"]!);
        Assert.Equal("in-progress", afterDial["CallStatus"]);

        var recorded = Assert.Single(h.Receiver.At("/voice/recorded")); // relative to /voice/after-dial
        var recordingSid = recorded["RecordingSid"]!;
        Assert.Matches("^RE[0-9a-f]{32}$", recordingSid);
        Assert.Equal("7", recorded["RecordingDuration"]);
        Assert.Equal("hangup", recorded["Digits"]);
        Assert.Equal($"{h.Emulator.BaseAddress.ToString().TrimEnd('/')}{h.AccountPath}/Recordings/{recordingSid}", recorded["RecordingUrl"]);

        var status = Assert.Single(await h.WaitForRequestsAsync("/voice/recording-status", 1));
        Assert.Equal("completed", status["RecordingStatus"]);
        Assert.Equal(recordingSid, status["RecordingSid"]);
        var transcription = Assert.Single(await h.WaitForRequestsAsync("/voice/transcribed", 1));
        Assert.True(transcription.IsSignedBy(h.Emulator.AuthToken));
        Assert.Equal("completed", transcription["TranscriptionStatus"]);
        Assert.Matches("^TR[0-9a-f]{32}$", transcription["TranscriptionSid"]!);
        Assert.Contains("emulated transcription", transcription["TranscriptionText"], StringComparison.Ordinal);
        Assert.Equal(recordingSid, transcription["RecordingSid"]);
        Assert.Equal(recorded["RecordingUrl"], transcription["RecordingUrl"]);

        var callStatus = Assert.Single(await h.WaitForRequestsAsync("/call-status", 1));
        Assert.Equal("completed", callStatus["CallStatus"]);
        Assert.Equal(callSid, callStatus["CallSid"]);
        var call = await h.FetchCallAsync(callSid);
        Assert.Equal("inbound", call.GetProperty("direction").GetString());
        Assert.Equal(callStatus["CallDuration"], call.GetProperty("duration").GetString());
        Assert.True(int.Parse(call.GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= 27, "20 s ringing and 7 s recording");

        var (_, children) = await h.GetAsync($"{h.AccountPath}/Calls.json?ParentCallSid={callSid}");
        var child = Assert.Single(children.GetProperty("calls").EnumerateArray());
        Assert.Equal(afterDial["DialCallSid"], child.GetProperty("sid").GetString());
        Assert.Equal("outbound-dial", child.GetProperty("direction").GetString());
        Assert.Equal("no-answer", child.GetProperty("status").GetString());

        var (fetched, recording) = await h.GetAsync($"{h.AccountPath}/Recordings/{recordingSid}.json");
        Assert.Equal(HttpStatusCode.OK, fetched);
        Assert.Equal("7", recording.GetProperty("duration").GetString());
        Assert.Equal(1, recording.GetProperty("channels").GetInt32());
        Assert.Equal("RecordVerb", recording.GetProperty("source").GetString());
        Assert.Equal("completed", recording.GetProperty("status").GetString());
        Assert.Equal(callSid, recording.GetProperty("call_sid").GetString());
        Assert.Equal("-0.00250", recording.GetProperty("price").GetString());
        Assert.Equal(recorded["RecordingUrl"], recording.GetProperty("media_url").GetString());
        var (_, perCall) = await h.GetAsync($"{h.AccountPath}/Calls/{callSid}/Recordings.json");
        Assert.Equal(recordingSid, Assert.Single(perCall.GetProperty("recordings").EnumerateArray()).GetProperty("sid").GetString());

        using var anonymous = new HttpClient();
        using var wav = await anonymous.GetAsync(recorded["RecordingUrl"]);
        Assert.Equal(HttpStatusCode.OK, wav.StatusCode);
        Assert.Equal("audio/x-wav", wav.Content.Headers.ContentType?.MediaType);
        var bytes = await wav.Content.ReadAsByteArrayAsync();
        Assert.Equal(44 + 7 * 8000 * 2, bytes.Length);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(bytes, 8, 4));
        Assert.Equal(8000, BitConverter.ToInt32(bytes, 24));
        Assert.Equal(bytes, await anonymous.GetByteArrayAsync(recorded["RecordingUrl"] + ".wav"));
        using var mp3 = await anonymous.GetAsync(recorded["RecordingUrl"] + ".mp3");
        Assert.Equal("audio/mpeg", mp3.Content.Headers.ContentType?.MediaType);
        var mp3Bytes = await mp3.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xFF, 0xFB], mp3Bytes.Take(2));
    }

    [Fact]
    public async Task DialWithoutActionContinuesWithTheNextVerbAndAnAnsweredDialTalks()
    {
        h.Twiml("/voice", "<Response><Dial>+15555550123</Dial><Say>Thanks for calling</Say></Response>");
        var result = await h.CallInAsync(new { from = Customer, to = Number });
        Assert.Equal(["Dial: +15555550123 → completed", "Say: Thanks for calling", "End of TwiML: hang up"], result.GetProperty("transcript").Strings());
        Assert.Equal(15, result.GetProperty("duration").GetInt32()); // 3 s ringing, 10 s talking, 2 s to say three words
    }

    [Fact]
    public async Task CallOutcomeRuleDecidesHowADialedNumberEnds()
    {
        await h.ControlPostAsync("/_emulator/calls/outcomes", new { to = "+15555550123", status = "busy" });
        h.Twiml("/voice", "<Response><Dial action=\"/dialed\"><Number>+15555550123</Number></Dial></Response>");
        await h.CallInAsync(new { from = Customer, to = Number });
        Assert.Equal("busy", Assert.Single(h.Receiver.At("/dialed"))["DialCallStatus"]);
    }

    [Fact]
    public async Task GatherPostsTheCallersDigitsToItsAction()
    {
        h.Twiml("/voice", "<Response><Gather numDigits=\"1\" action=\"/menu\"><Say>Press 1 for sales</Say></Gather><Say>We did not get that</Say></Response>");
        h.Twiml("/menu", "<Response><Say>Connecting you to sales</Say><Hangup/></Response>");

        var result = await h.CallInAsync(new { from = Customer, to = Number, digits = "1" });

        var menu = Assert.Single(h.Receiver.At("/menu"));
        Assert.Equal("1", menu["Digits"]);
        Assert.True(menu.IsSignedBy(h.Emulator.AuthToken));
        Assert.Equal(["Say: Press 1 for sales", "Gather: pressed 1", "Say: Connecting you to sales", "Hangup"], result.GetProperty("transcript").Strings());
    }

    [Fact]
    public async Task GatherWithoutInputFallsThroughToTheNextVerb()
    {
        h.Twiml("/voice", "<Response><Gather action=\"/menu\"><Say>Enter your account number</Say></Gather><Say>We did not get that</Say></Response>");
        var result = await h.CallInAsync(new { from = Customer, to = Number });
        Assert.Empty(h.Receiver.At("/menu"));
        Assert.Contains("Say: We did not get that", result.GetProperty("transcript").Strings());
    }

    [Fact]
    public async Task SuccessiveGathersTakeCommaSeparatedDigitsAndStopAtTheFinishKey()
    {
        h.Twiml("/voice", "<Response><Gather action=\"/first\"/></Response>");
        h.Twiml("/first", "<Response><Gather action=\"/second\"/></Response>");
        await h.CallInAsync(new { from = Customer, to = Number, digits = "2,12345#" });
        Assert.Equal("2", Assert.Single(h.Receiver.At("/first"))["Digits"]);
        Assert.Equal("12345", Assert.Single(h.Receiver.At("/second"))["Digits"]);
    }

    [Fact]
    public async Task RedirectFetchesTheNextDocumentRelativeToTheCurrentOne()
    {
        h.Twiml("/voice", "<Response><Say>One moment</Say><Redirect>/voice/next</Redirect></Response>");
        h.Twiml("/voice/next", "<Response><Say>Here we are</Say></Response>");
        var result = await h.CallInAsync(new { from = Customer, to = Number });
        var next = Assert.Single(h.Receiver.At("/voice/next"));
        Assert.Equal("in-progress", next["CallStatus"]);
        Assert.Equal(["Say: One moment", "Redirect: /voice/next", "Say: Here we are", "End of TwiML: hang up"], result.GetProperty("transcript").Strings());
    }

    [Fact]
    public async Task LoopGuardEndsADocumentThatRedirectsToItselfForever()
    {
        h.Twiml("/voice", "<Response><Say>Again</Say><Redirect>/voice</Redirect></Response>");
        var result = await h.CallInAsync(new { from = Customer, to = Number });
        Assert.Equal("completed", result.GetProperty("status").GetString());
        Assert.Contains("Loop guard", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.InRange(h.Receiver.At("/voice").Count, 2, 26);
    }

    [Fact]
    public async Task RejectWithReasonBusyEndsTheCallBusyUnanswered()
    {
        h.Twiml("/voice", "<Response><Reject reason=\"busy\"/></Response>");
        var result = await h.CallInAsync(new { from = Customer, to = Number });
        Assert.Equal("busy", result.GetProperty("status").GetString());
        var call = await h.FetchCallAsync(result.GetProperty("callSid").GetString()!);
        Assert.Equal("0", call.GetProperty("duration").GetString());
        Assert.True(call.GetProperty("price").ValueKind == JsonValueKind.Null);
        Assert.Equal("busy", Assert.Single(await h.WaitForRequestsAsync("/call-status", 1))["CallStatus"]);
    }

    [Fact]
    public async Task WebhookFailureEndsTheCallWithAnApplicationError()
    {
        h.Receiver.Respond("/voice", 500, "text/plain", "boom");
        var result = await h.CallInAsync(new { from = Customer, to = Number });
        Assert.Equal(500, result.GetProperty("webhookStatus").GetInt32());
        Assert.Contains("11200", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("completed", result.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ControlRequestsAreValidatedAndUnknownNumbersAreNotFound()
    {
        var (badFrom, _) = await h.ControlPostAsync("/_emulator/calls", new { from = "12", to = Number });
        Assert.Equal(HttpStatusCode.BadRequest, badFrom);
        var (badOutcome, _) = await h.ControlPostAsync("/_emulator/calls", new { from = Customer, to = Number, dialOutcome = "maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, badOutcome);
        var (unknown, _) = await h.ControlPostAsync("/_emulator/calls", new { from = Customer, to = "+15559990000" });
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Fact]
    public async Task ResetForgetsCallsAndRecordingsAndDeletedRecordingsAreGone()
    {
        h.Twiml("/voice", "<Response><Record transcribe=\"true\"/></Response>");
        var result = await h.CallInAsync(new { from = Customer, to = Number, recordingSeconds = 3, transcript = "Please call me back" });
        var recording = result.GetProperty("recordings")[0];
        Assert.Equal("Please call me back", recording.GetProperty("transcriptionText").GetString());
        var sid = recording.GetProperty("sid").GetString()!;

        using (var response = await h.Http.DeleteAsync($"{h.AccountPath.TrimStart('/')}/Recordings/{sid}.json"))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await h.GetAsync($"{h.AccountPath}/Recordings/{sid}.json")).Status);

        await h.CallInAsync(new { from = Customer, to = Number });
        var (reset, _) = await h.ControlPostAsync("/_emulator/reset", new { });
        Assert.Equal(HttpStatusCode.NoContent, reset);
        var (_, calls) = await h.GetAsync($"{h.AccountPath}/Calls.json");
        Assert.Equal(0, calls.GetProperty("calls").GetArrayLength());
        var (_, recordings) = await h.GetAsync($"{h.AccountPath}/Recordings.json");
        Assert.Equal(0, recordings.GetProperty("recordings").GetArrayLength());
    }
}
