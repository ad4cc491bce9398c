using System.Text.Json;
using Switchboard.Contacts.Consent;

namespace Switchboard.Tests.Contacts.Consent;

public sealed class ConsentKeywordSetTests
{
    [Fact]
    public void DefaultsToTwilioKeywordsAndTheFrenchTwins()
    {
        var set = ConsentKeywordSet.Default;

        Assert.Equal(
            ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "ARRET", "ARRÊT", "DESABONNER", "DÉSABONNER"],
            set.OptOut);
        Assert.Equal(["START", "YES", "UNSTOP"], set.OptIn);
        Assert.Equal(["HELP", "INFO", "AIDE"], set.Help);
    }

    [Fact]
    public void AddsAnOrganisationsOwnKeyword()
    {
        var set = ConsentKeywordSet.Default.Add(ConsentIntent.OptOut, "Baja");

        Assert.Contains("Baja", set.OptOut);
        Assert.Equal(ConsentIntent.OptOut, ConsentKeywordMatcher.Match("baja!", set, null).Intent);
        Assert.Equal(ConsentIntent.None, ConsentKeywordMatcher.Match("baja", ConsentKeywordSet.Default, null).Intent);
    }

    [Fact]
    public void RemovesAKeywordWithEverySpellingThatFoldsToIt()
    {
        var set = ConsentKeywordSet.Default.Remove("arret");

        Assert.DoesNotContain("ARRET", set.OptOut);
        Assert.DoesNotContain("ARRÊT", set.OptOut);
        Assert.Equal(ConsentMatch.None, ConsentKeywordMatcher.Match("ARRÊT", set, null));
        Assert.Equal(ConsentIntent.OptOut, ConsentKeywordMatcher.Match("STOP", set, null).Intent);
    }

    [Fact]
    public void MovesAKeywordWhenItIsAddedUnderAnotherIntent()
    {
        var set = ConsentKeywordSet.Default.Add(ConsentIntent.Help, "INFO").Add(ConsentIntent.OptIn, "info");

        Assert.DoesNotContain("INFO", set.Help);
        Assert.Contains("info", set.OptIn);
        Assert.Equal(ConsentIntent.OptIn, ConsentKeywordMatcher.Match("Info", set, null).Intent);
    }

    [Fact]
    public void LeavesTheSetAloneWhenAKeywordIsAddedTwice()
    {
        var set = ConsentKeywordSet.Default.Add(ConsentIntent.OptOut, "arrêt");

        Assert.Same(ConsentKeywordSet.Default, set);
    }

    [Fact]
    public void NeverChangesTheDefaultWhenEdited()
    {
        _ = ConsentKeywordSet.Default.Remove("STOP").Add(ConsentIntent.Help, "QUIT");

        Assert.Contains("STOP", ConsentKeywordSet.Default.OptOut);
        Assert.Contains("QUIT", ConsentKeywordSet.Default.OptOut);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("STOP NOW")]
    [InlineData("...")]
    public void RefusesKeywordsThatAreNotOneWord(string keyword)
    {
        var error = Assert.Throws<ArgumentException>(() => ConsentKeywordSet.Default.Add(ConsentIntent.OptOut, keyword));

        Assert.Contains("one word", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAWordListedUnderTwoIntents()
    {
        var error = Assert.Throws<ArgumentException>(() => ConsentKeywordSet.Create(["STOP"], ["stop"], []));

        Assert.Contains("'STOP' is listed under more than one intent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesToAddAKeywordWithNoIntent()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsentKeywordSet.Default.Add(ConsentIntent.None, "MAYBE"));
    }

    [Fact]
    public void RoundTripsThroughJsonForStorage()
    {
        var edited = ConsentKeywordSet.Default.Add(ConsentIntent.OptOut, "BAJA").Remove("YES").Add(ConsentIntent.Help, "AYUDA");

        var json = edited.ToJson();
        var read = ConsentKeywordSet.FromJson(json);

        Assert.Equal(edited, read);
        Assert.NotEqual(ConsentKeywordSet.Default, read);
        Assert.StartsWith("{\"optOut\":[\"STOP\",", json, StringComparison.Ordinal);
        Assert.Contains("\"ARRÊT\"", JsonDocument.Parse(json).RootElement.GetProperty("optOut").GetRawText().Replace("\\u00CA", "Ê", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsMissingListsAsEmpty()
    {
        var set = ConsentKeywordSet.FromJson("""{"optOut":["STOP"]}""");

        Assert.Equal(["STOP"], set.OptOut);
        Assert.Empty(set.OptIn);
        Assert.Empty(set.Help);
    }

    [Fact]
    public void RefusesStoredJsonWithAnInvalidKeyword()
    {
        Assert.Throws<ArgumentException>(() => ConsentKeywordSet.FromJson("""{"optOut":["STOP NOW"]}"""));
        Assert.Throws<JsonException>(() => ConsentKeywordSet.FromJson("null"));
    }

    [Fact]
    public void ComparesSetsByTheirKeywords()
    {
        var a = ConsentKeywordSet.Create(["STOP"], ["START"], ["HELP"]);
        var b = ConsentKeywordSet.Create(["STOP"], ["START"], ["HELP"]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b.Add(ConsentIntent.Help, "INFO"));
    }
}
