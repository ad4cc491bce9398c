using Switchboard.Contacts.Consent;

namespace Switchboard.Tests.Contacts.Consent;

public sealed class ConsentKeywordMatcherTests
{
    [Theory]
    [InlineData("STOP", ConsentIntent.OptOut, "STOP")]
    [InlineData("STOPALL", ConsentIntent.OptOut, "STOPALL")]
    [InlineData("UNSUBSCRIBE", ConsentIntent.OptOut, "UNSUBSCRIBE")]
    [InlineData("CANCEL", ConsentIntent.OptOut, "CANCEL")]
    [InlineData("END", ConsentIntent.OptOut, "END")]
    [InlineData("QUIT", ConsentIntent.OptOut, "QUIT")]
    [InlineData("REVOKE", ConsentIntent.OptOut, "REVOKE")]
    [InlineData("OPTOUT", ConsentIntent.OptOut, "OPTOUT")]
    [InlineData("ARRET", ConsentIntent.OptOut, "ARRET")]
    [InlineData("ARRÊT", ConsentIntent.OptOut, "ARRET")]
    [InlineData("DESABONNER", ConsentIntent.OptOut, "DESABONNER")]
    [InlineData("DÉSABONNER", ConsentIntent.OptOut, "DESABONNER")]
    [InlineData("START", ConsentIntent.OptIn, "START")]
    [InlineData("YES", ConsentIntent.OptIn, "YES")]
    [InlineData("UNSTOP", ConsentIntent.OptIn, "UNSTOP")]
    [InlineData("HELP", ConsentIntent.Help, "HELP")]
    [InlineData("INFO", ConsentIntent.Help, "INFO")]
    [InlineData("AIDE", ConsentIntent.Help, "AIDE")]
    public void RecognisesEachDefaultKeywordAndItsFrenchTwin(string body, ConsentIntent intent, string keyword)
    {
        var match = ConsentKeywordMatcher.Match(body, ConsentKeywordSet.Default, null);

        Assert.Equal(new ConsentMatch(intent, keyword, ConsentMatchSource.Keyword), match);
    }

    [Theory]
    [InlineData("stop", "STOP")]
    [InlineData("Stop", "STOP")]
    [InlineData("sToP", "STOP")]
    [InlineData("  STOP  ", "STOP")]
    [InlineData("STOP\n", "STOP")]
    [InlineData("\tStop\r\n", "STOP")]
    [InlineData("\u00A0STOP\u2003", "STOP")]
    [InlineData("\u200BSTOP\uFEFF", "STOP")]
    [InlineData("STOP.", "STOP")]
    [InlineData("Stop!", "STOP")]
    [InlineData("stop!!!", "STOP")]
    [InlineData("STOP?", "STOP")]
    [InlineData("\"Stop\"", "STOP")]
    [InlineData("«\u00A0Arrêt\u00A0»", "ARRET")]
    [InlineData("arrêt", "ARRET")]
    [InlineData("Arret", "ARRET")]
    [InlineData("ARRÉT", "ARRET")]
    [InlineData("arre\u0302t", "ARRET")]
    [InlineData("désabonner", "DESABONNER")]
    [InlineData("Desabonner.", "DESABONNER")]
    [InlineData("ＳＴＯＰ", "STOP")]
    [InlineData("opt-out", null)]
    public void IgnoresCaseAccentsSpacesAndPunctuationAroundTheWord(string body, string? keyword)
    {
        var match = ConsentKeywordMatcher.Match(body, ConsentKeywordSet.Default, null);

        Assert.Equal(keyword is null ? ConsentIntent.None : ConsentIntent.OptOut, match.Intent);
        Assert.Equal(keyword, match.Keyword);
    }

    [Theory]
    [InlineData("STOP PLEASE")]
    [InlineData("please stop")]
    [InlineData("Stop texting me")]
    [InlineData("STOP STOP")]
    [InlineData("S T O P")]
    [InlineData("STOPP")]
    [InlineData("STOPPED")]
    [InlineData("NONSTOP")]
    [InlineData("Yes please")]
    [InlineData("help me")]
    [InlineData("OUI")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    [InlineData("👍")]
    [InlineData(null)]
    public void TreatsAnythingButAWholeSingleKeywordAsNoIntent(string? body)
    {
        var match = ConsentKeywordMatcher.Match(body, ConsentKeywordSet.Default, null);

        Assert.Equal(ConsentMatch.None, match);
    }

    [Theory]
    [InlineData("BAJA", "STOP", ConsentIntent.OptOut, "BAJA")]
    [InlineData("Hello there", "STOP", ConsentIntent.OptOut, null)]
    [InlineData("STOP", "START", ConsentIntent.OptIn, "STOP")]
    [InlineData("START", "STOP", ConsentIntent.OptOut, "START")]
    [InlineData("AYUDA", "HELP", ConsentIntent.Help, "AYUDA")]
    [InlineData("INICIO", "start", ConsentIntent.OptIn, "INICIO")]
    [InlineData("", " Stop ", ConsentIntent.OptOut, null)]
    public void LetsTwilioOptOutTypeWinOverTheKeywordTable(string body, string optOutType, ConsentIntent intent, string? keyword)
    {
        var match = ConsentKeywordMatcher.Match(body, ConsentKeywordSet.Default, optOutType);

        Assert.Equal(new ConsentMatch(intent, keyword, ConsentMatchSource.TwilioOptOutType), match);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("SOMETHINGNEW")]
    public void FallsBackToKeywordsWhenOptOutTypeIsEmptyOrUnknown(string optOutType)
    {
        var match = ConsentKeywordMatcher.Match("stop", ConsentKeywordSet.Default, optOutType);

        Assert.Equal(new ConsentMatch(ConsentIntent.OptOut, "STOP", ConsentMatchSource.Keyword), match);
    }

    [Fact]
    public void HonoursOptOutTypeEvenWithNoKeywordsConfigured()
    {
        var match = ConsentKeywordMatcher.Match("STOP", ConsentKeywordSet.Empty, "STOP");
        var withoutType = ConsentKeywordMatcher.Match("STOP", ConsentKeywordSet.Empty, null);

        Assert.Equal(ConsentIntent.OptOut, match.Intent);
        Assert.Equal(ConsentMatch.None, withoutType);
    }
}
