using Switchboard.Twilio.TwiML;

namespace Switchboard.Twilio.Tests.TwiML;

public class TwimlDocumentTests
{
    [Fact]
    public void ReadsVerbsWithAttributesAndText()
    {
        var document = TwimlDocument.Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <Response>
              <Say voice="alice">Please leave a message.</Say>
              <Record maxLength="120" action="/voice/recorded" transcribe="true"/>
            </Response>
            """);

        Assert.Equal(["Say", "Record"], document.Verbs.Select(v => v.Name));
        Assert.Equal("Please leave a message.", document.Verbs[0].Text);
        Assert.Equal("alice", document.Verbs[0].Attribute("voice"));
        Assert.Equal("120", document.Verbs[1].Attribute("maxLength"));
        Assert.Null(document.Verbs[1].Attribute("timeout"));
    }

    [Fact]
    public void ReadsNestedNounsAndUnescapesText()
    {
        var document = TwimlDocument.Parse(
            "<Response><Message to=\"+1555\"><Body>Tom &amp; Jerry &lt;3</Body><Media>https://x.test/a.png</Media></Message>"
            + "<Dial timeout=\"20\"><Number url=\"/w\">+15555550001</Number></Dial></Response>");

        var message = document.Verbs[0];
        Assert.Equal("Tom & Jerry <3", message.Child("Body")?.Text);
        Assert.Equal("https://x.test/a.png", message.Child("Media")?.Text);
        Assert.Equal("+15555550001", document.Verbs[1].Child("Number")?.Text);
        Assert.Equal("/w", document.Verbs[1].Child("Number")?.Attribute("url"));
    }

    [Fact]
    public void ReadsBackWhatTheWriterWrote()
    {
        var written = new TwimlResponse()
            .Gather(g => g.Say("Menu ✓ & more"), numDigits: 1)
            .Message("<hi>", media: ["https://x.test/a.png"])
            .ToString();

        var document = TwimlDocument.Parse(written);

        Assert.Equal("Menu ✓ & more", document.Verbs[0].Child("Say")?.Text);
        Assert.Equal("1", document.Verbs[0].Attribute("numDigits"));
        Assert.Equal("<hi>", document.Verbs[1].Child("Body")?.Text);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>")]
    [InlineData("<Response></Response>")]
    public void ReadsAnEmptyResponseAsNoVerbs(string xml)
    {
        Assert.Empty(TwimlDocument.Parse(xml).Verbs);
    }

    [Theory]
    [InlineData("<Response><Say>unclosed</Response>")]
    [InlineData("<Reply><Say>hi</Say></Reply>")]
    [InlineData("Thanks!")]
    [InlineData("<!DOCTYPE Response [<!ENTITY x \"y\">]><Response><Say>&x;</Say></Response>")]
    public void RejectsSomethingThatIsNotTwiml(string xml)
    {
        Assert.Throws<FormatException>(() => TwimlDocument.Parse(xml));
    }
}
