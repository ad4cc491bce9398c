using Switchboard.Twilio.Messaging;

namespace Switchboard.Twilio.Tests.Messaging;

public class SmartEncodingTests
{
    public static TheoryData<string, string> Replacements() => new()
    {
        { "«»“”„‟ʺˮ❝❞〝〞＂", "\"\"\"\"\"\"\"\"\"\"\"\"\"" },
        { "‘’‛ʹʻʼʽˈˊˋ´`❛❜＇", "'''''''''''''''" },
        { "‐–—―⁃•﹣－", "--------" },
        { "÷⁄∕⧸／", "/////" },
        { "¼¾", "1/43/4" },
        { "‼", "!!" },
        { "⁎∗✱✳", "****" },
        { "‹›", "><" },
        { "a\u00A0b\u2003c\u202Fd\u3000e", "a b c d e" },
        { "a\tb", "a       b" },
        { "a\u200Bb\u2060c\uFEFFd\u0007e", "abcde" },
        { "ＡＢＣ１２３！［＼］｛｜｝～", "ABC123![\\]{|}~" },
        { "ᴀʙᴄ", "ABC" },
        // Fullwidth lowercase is not in Twilio's map, and GSM text is untouched.
        { "ａ", "ａ" },
        { "Hello\r\n\f€", "Hello\r\n\f€" },
    };

    [Theory]
    [MemberData(nameof(Replacements))]
    public void ReplacesLookAlikesWithGsmCharacters(string input, string expected)
    {
        Assert.Equal(expected, SmartEncoding.Apply(input));
    }

    [Fact]
    public void EveryReplacementIsPureGsm()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var replacement = SmartEncoding.Replacement((char)c);
            if (replacement is { Length: > 0 })
            {
                Assert.Equal(MessageEncoding.Gsm7, SegmentCalculator.Calculate(replacement).Encoding);
            }
        }
    }
}
