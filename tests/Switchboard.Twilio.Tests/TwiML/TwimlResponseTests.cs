using Switchboard.Twilio.TwiML;

namespace Switchboard.Twilio.Tests.TwiML;

public class TwimlResponseTests
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    public static TheoryData<string, Func<TwimlResponse, TwimlResponse>, string> Verbs() => new()
    {
        { "plain message", r => r.Message("Thanks, got it."), "<Message>Thanks, got it.</Message>" },
        {
            "message with attributes", r => r.Message("Hi", to: "+15555550100", from: "+15555550199", action: "/sms/status", method: "POST"),
            "<Message to=\"+15555550100\" from=\"+15555550199\" action=\"/sms/status\" method=\"POST\">Hi</Message>"
        },
        {
            "message with media", r => r.Message("Look", media: ["https://x.test/a.png", "https://x.test/b.png"]),
            "<Message><Body>Look</Body><Media>https://x.test/a.png</Media><Media>https://x.test/b.png</Media></Message>"
        },
        { "media only message", r => r.Message(media: ["https://x.test/a.png"]), "<Message><Media>https://x.test/a.png</Media></Message>" },
        { "say", r => r.Say("Hello"), "<Say>Hello</Say>" },
        {
            "say with voice, language and loop", r => r.Say("Hola", voice: "Polly.Conchita", language: "es-ES", loop: 2),
            "<Say voice=\"Polly.Conchita\" language=\"es-ES\" loop=\"2\">Hola</Say>"
        },
        { "play", r => r.Play("https://x.test/a.mp3", loop: 0), "<Play loop=\"0\">https://x.test/a.mp3</Play>" },
        { "pause", r => r.Pause(3), "<Pause length=\"3\"/>" },
        { "pause with default length", r => r.Pause(), "<Pause/>" },
        { "redirect", r => r.Redirect("/voice/next", method: "GET"), "<Redirect method=\"GET\">/voice/next</Redirect>" },
        { "hangup", r => r.Hangup(), "<Hangup/>" },
        { "reject", r => r.Reject("busy"), "<Reject reason=\"busy\"/>" },
        {
            "dial a number", r => r.Dial("+15555550123", timeout: 20, action: "/voice/after-dial"),
            "<Dial action=\"/voice/after-dial\" timeout=\"20\">+15555550123</Dial>"
        },
        {
            "dial with every attribute",
            r => r.Dial("+15555550123", action: "/a", method: "GET", timeout: 15, record: "record-from-answer", callerId: "+15555550199", timeLimit: 600, answerOnBridge: true),
            "<Dial action=\"/a\" method=\"GET\" timeout=\"15\" record=\"record-from-answer\" callerId=\"+15555550199\" timeLimit=\"600\" answerOnBridge=\"true\">+15555550123</Dial>"
        },
        {
            "dial number nouns",
            r => r.Dial([new DialNumber("+15555550001", Url: "/whisper", StatusCallback: "/cb", StatusCallbackEvent: "answered completed"), new DialNumber("+15555550002")], timeout: 25),
            "<Dial timeout=\"25\"><Number url=\"/whisper\" statusCallback=\"/cb\" statusCallbackEvent=\"answered completed\">+15555550001</Number><Number>+15555550002</Number></Dial>"
        },
        {
            "record for voicemail",
            r => r.Record(action: "/voice/recorded", method: "POST", maxLength: 120, timeout: 5, finishOnKey: "#", playBeep: false, transcribe: true, transcribeCallback: "/voice/transcribed", recordingStatusCallback: "/voice/recording-status"),
            "<Record action=\"/voice/recorded\" method=\"POST\" maxLength=\"120\" timeout=\"5\" finishOnKey=\"#\" playBeep=\"false\" transcribe=\"true\" transcribeCallback=\"/voice/transcribed\" recordingStatusCallback=\"/voice/recording-status\"/>"
        },
        { "record with defaults", r => r.Record(), "<Record/>" },
        {
            "gather with prompts",
            r => r.Gather(g => g.Say("Press 1 for sales.").Pause(1).Play("https://x.test/menu.mp3"), input: "dtmf speech", action: "/voice/menu", numDigits: 1, timeout: 7),
            "<Gather input=\"dtmf speech\" action=\"/voice/menu\" numDigits=\"1\" timeout=\"7\"><Say>Press 1 for sales.</Say><Pause length=\"1\"/><Play>https://x.test/menu.mp3</Play></Gather>"
        },
        { "gather without prompts", r => r.Gather(), "<Gather/>" },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public void WritesEachVerbExactly(string name, Func<TwimlResponse, TwimlResponse> build, string expected)
    {
        var xml = build(new TwimlResponse()).ToString();

        Assert.True(Head + "<Response>" + expected + "</Response>" == xml, $"{name}: {xml}");
    }

    [Fact]
    public void WritesAnEmptyResponseAsASelfClosingElement()
    {
        Assert.Equal(Head + "<Response/>", new TwimlResponse().ToString());
        Assert.Equal(Head + "<Response/>", TwimlResponse.Empty);
    }

    [Fact]
    public void EscapesMarkupInTextAndAttributes()
    {
        var xml = new TwimlResponse()
            .Message("<b>Tom & \"Jerry\"</b> it's />", action: "/a?x=1&y=<2>\"q\"'s />")
            .ToString();

        Assert.Equal(
            Head + "<Response><Message action=\"/a?x=1&amp;y=&lt;2&gt;&quot;q&quot;'s /&gt;\">&lt;b&gt;Tom &amp; \"Jerry\"&lt;/b&gt; it's /&gt;</Message></Response>",
            xml);
    }

    [Fact]
    public void KeepsUnicodeAsCharacters()
    {
        var xml = new TwimlResponse().Say("Grüße ✓ 😀 日本").ToString();

        Assert.Equal(Head + "<Response><Say>Grüße ✓ 😀 日本</Say></Response>", xml);
    }

    [Fact]
    public void ChainsVerbsInOrder()
    {
        var xml = new TwimlResponse().Say("Please leave a message.").Record(maxLength: 120).Hangup().ToString();

        Assert.Equal(Head + "<Response><Say>Please leave a message.</Say><Record maxLength=\"120\"/><Hangup/></Response>", xml);
    }
}
