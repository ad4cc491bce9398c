using Switchboard.Twilio.Rest;

namespace Switchboard.Twilio.Tests.Rest;

public class FormEncodingTests
{
    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("+1 (555) 010-0100", "%2B1%20%28555%29%20010-0100")]
    [InlineData("héllo ✓", "h%C3%A9llo%20%E2%9C%93")]
    [InlineData("50% & more=yes", "50%25%20%26%20more%3Dyes")]
    [InlineData("line\nbreak", "line%0Abreak")]
    [InlineData("emoji 👍", "emoji%20%F0%9F%91%8D")]
    [InlineData("safe-_.~", "safe-_.~")]
    public void EncodesValuesLikeTheNodeClient(string value, string expected)
    {
        Assert.Equal("V=" + expected, new TwilioForm().Add("V", value).Encode());
    }

    [Fact]
    public void WritesBooleansNumbersAndUtcDatesInTwilioForm()
    {
        var form = new TwilioForm()
            .Add("Yes", true).Add("No", false).Add("Count", 42).Add("Price", -0.0075m)
            .Add("At", new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.FromHours(-5)))
            .Add("Day", new DateOnly(2026, 3, 1));

        Assert.Equal("Yes=true&No=false&Count=42&Price=-0.0075&At=2026-03-02T04%3A30%3A00Z&Day=2026-03-01", form.Encode());
    }

    [Fact]
    public void RepeatsKeysForListsAndLeavesOutNulls()
    {
        var form = new TwilioForm()
            .Add("Skipped", (string?)null).Add("Flag", (bool?)null)
            .AddEach("StatusCallbackEvent", ["initiated", "ringing", "answered"]);

        Assert.Equal("StatusCallbackEvent=initiated&StatusCallbackEvent=ringing&StatusCallbackEvent=answered", form.Encode());
        Assert.Equal(string.Empty, new TwilioForm().ToQueryString());
    }

    [Fact]
    public void KeepsAnEmptyValueBecauseRedactionNeedsIt()
    {
        Assert.Equal("Body=", new TwilioForm().Add("Body", string.Empty).Encode());
    }
}
