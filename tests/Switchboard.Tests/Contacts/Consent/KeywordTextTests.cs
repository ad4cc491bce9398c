using Switchboard.Contacts.Consent;

namespace Switchboard.Tests.Contacts.Consent;

public sealed class KeywordTextTests
{
    [Theory]
    [InlineData("désabonner", "DESABONNER")]
    [InlineData("ÀÉÎÕÜ", "AEIOU")]
    [InlineData("çàñ", "CAN")]
    [InlineData("Œuvre", "OEUVRE")]
    [InlineData("straße", "STRASSE")]
    [InlineData("Łódź", "LODZ")]
    [InlineData("ｓｔｏｐ", "STOP")]
    [InlineData("e\u0301", "E")]
    [InlineData("STOP", "STOP")]
    [InlineData("stop2", "STOP2")]
    public void FoldsAccentsWidthAndCaseAway(string text, string expected)
    {
        Assert.Equal(expected, KeywordText.FoldSingleWord(text));
    }

    [Theory]
    [InlineData("stop now")]
    [InlineData("stop\u00A0now")]
    [InlineData("stop\u200Bnow")]
    [InlineData(" . ")]
    [InlineData(null)]
    public void ReadsNothingWhenTheTextIsNotOneWord(string? text)
    {
        Assert.Null(KeywordText.FoldSingleWord(text));
    }

    [Fact]
    public void FoldsEveryLetterInTheTableToPlainAsciiCapitals()
    {
        var letters = Enumerable.Range(0xC0, 0x17F - 0xC0 + 1).Select(code => (char)code).Where(char.IsLetter);

        // Letters with no accent to drop (thorn, eng, kra, long s, the ij ligature) stay as they are.
        char[] withoutBase = ['Þ', 'þ', 'ĸ', 'ŉ', 'Ŋ', 'ŋ', 'ſ', 'Ĳ', 'ĳ', '×', '÷'];
        var unfolded = letters
            .Except(withoutBase)
            .Where(c => LatinLetterFolding.Fold(c) is not { } folded || !folded.All(char.IsAsciiLetterUpper))
            .ToList();

        Assert.Equal([], unfolded);
    }
}
