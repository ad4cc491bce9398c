using Switchboard.Twilio.Messaging;

namespace Switchboard.Twilio.Tests.Messaging;

public class SegmentCalculatorTests
{
    private const string Emoji = "😀";

    public static TheoryData<string, string, MessageEncoding, int> Checks() => new()
    {
        // FACTS.md 7 checks.
        { "160 a", new string('a', 160), MessageEncoding.Gsm7, 1 },
        { "161 a", new string('a', 161), MessageEncoding.Gsm7, 2 },
        { "306 a", new string('a', 306), MessageEncoding.Gsm7, 2 },
        { "307 a", new string('a', 307), MessageEncoding.Gsm7, 3 },
        { "80 euro", new string('€', 80), MessageEncoding.Gsm7, 1 },
        { "81 euro", new string('€', 81), MessageEncoding.Gsm7, 2 },
        { "71 with a check mark", new string('a', 70) + "✓", MessageEncoding.Ucs2, 2 },
        { "35 emoji", string.Concat(Enumerable.Repeat(Emoji, 35)), MessageEncoding.Ucs2, 1 },
        { "36 emoji", string.Concat(Enumerable.Repeat(Emoji, 36)), MessageEncoding.Ucs2, 2 },
        // Our own.
        { "empty body", "", MessageEncoding.Gsm7, 1 },
        { "70 UCS-2 units", new string('ж', 70), MessageEncoding.Ucs2, 1 },
        { "134 UCS-2 units", new string('ж', 134), MessageEncoding.Ucs2, 2 },
        { "135 UCS-2 units", new string('ж', 135), MessageEncoding.Ucs2, 3 },
        { "Greek capitals are GSM", "ΓΔΘΛΞΠΣΦΨΩ", MessageEncoding.Gsm7, 1 },
        { "lowercase c cedilla is not GSM", "ç", MessageEncoding.Ucs2, 1 },
        { "backtick is not GSM", "`", MessageEncoding.Ucs2, 1 },
        { "tab is not GSM", "a\tb", MessageEncoding.Ucs2, 1 },
        { "form feed is an extension character", new string('\f', 80), MessageEncoding.Gsm7, 1 },
        { "159 a and one extension character overflow", new string('a', 159) + "^", MessageEncoding.Gsm7, 2 },
    };

    [Theory]
    [MemberData(nameof(Checks))]
    public void CountsSegmentsAsTwilioDoes(string name, string body, MessageEncoding encoding, int segments)
    {
        var info = SegmentCalculator.Calculate(body);

        Assert.True(encoding == info.Encoding, $"{name}: encoding {info.Encoding}");
        Assert.True(segments == info.Segments, $"{name}: {info.Segments} segments");
    }

    [Fact]
    public void MovesAnExtensionCharacterWholeToTheNextSegment()
    {
        // 306 septets would fill exactly two parts if '{' (two septets) could be split after the
        // 152 a's; it cannot, so it opens part two and the tail spills into a third.
        var body = new string('a', 152) + "{" + new string('a', 152);

        Assert.Equal(3, SegmentCalculator.Calculate(body).Segments);
        Assert.Equal(2, SegmentCalculator.Calculate(new string('a', 151) + "{" + new string('a', 153)).Segments);
    }

    [Fact]
    public void MovesASurrogatePairWholeAtTheSixtySevenUnitBoundary()
    {
        // 66 units then an emoji: 68 would straddle parts, so the emoji starts part two.
        var straddling = new string('ж', 66) + Emoji + new string('ж', 66);
        var fitting = new string('ж', 65) + Emoji + new string('ж', 67);

        Assert.Equal(134, straddling.Length);
        Assert.Equal(3, SegmentCalculator.Calculate(straddling).Segments);
        Assert.Equal(2, SegmentCalculator.Calculate(fitting).Segments);
    }

    [Fact]
    public void ListsTheDistinctCharactersThatForcedUcs2InOrderOfFirstAppearance()
    {
        var info = SegmentCalculator.Calculate("ok ✓ " + Emoji + " ✓ ç" + Emoji);

        Assert.Equal(["✓", Emoji, "ç"], info.UnicodeCharacters);
    }

    [Fact]
    public void ReportsNoUnicodeCharactersForAGsmBody()
    {
        var info = SegmentCalculator.Calculate("Price: 5€ [sale] {today} ~ ^ | \\ @£$¥");

        Assert.Equal(MessageEncoding.Gsm7, info.Encoding);
        Assert.Empty(info.UnicodeCharacters);
    }

    [Fact]
    public void CountsLengthInUtf16CodeUnitsTowardTheLimit()
    {
        Assert.Equal(2, SegmentCalculator.Calculate(Emoji).Length);
        Assert.False(SegmentCalculator.Calculate(new string('a', 1600)).ExceedsMaxLength);
        Assert.True(SegmentCalculator.Calculate(new string('a', 1601)).ExceedsMaxLength);
        Assert.True(SegmentCalculator.Calculate(string.Concat(Enumerable.Repeat(Emoji, 801))).ExceedsMaxLength);
    }

    [Fact]
    public void SmartEncodingTurnsCurlyQuotesIntoGsm()
    {
        var body = "“Hello” — it’s… ½ off";

        var plain = SegmentCalculator.Calculate(body);
        var smart = SegmentCalculator.Calculate(body, smartEncode: true);

        Assert.Equal(MessageEncoding.Ucs2, plain.Encoding);
        Assert.Equal(body, plain.Body);
        Assert.Equal(MessageEncoding.Gsm7, smart.Encoding);
        Assert.Equal("\"Hello\" - it's... 1/2 off", smart.Body);
        Assert.Equal(smart.Body.Length, smart.Length);
    }

    [Fact]
    public void SmartEncodingLeavesCharactersWithoutALookAlikeInUcs2()
    {
        var info = SegmentCalculator.Calculate("“Thanks” " + Emoji, smartEncode: true);

        Assert.Equal(MessageEncoding.Ucs2, info.Encoding);
        Assert.Equal([Emoji], info.UnicodeCharacters);
        Assert.Equal("\"Thanks\" " + Emoji, info.Body);
    }
}
