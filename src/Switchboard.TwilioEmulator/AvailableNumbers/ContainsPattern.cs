namespace Switchboard.TwilioEmulator.AvailableNumbers;

/// <summary>
/// The <c>Contains</c> filter (FACTS 9.1): digits, letters (read as phone-keypad digits) and
/// <c>*</c> for any one digit, matched anywhere in the number's digits. Twilio's <c>%</c> runs and
/// <c>+</c>/<c>$</c> anchors are not emulated; they are rejected rather than silently misread.
/// </summary>
public sealed class ContainsPattern
{
    private const string Keypad = "22233344455566677778889999";

    private ContainsPattern(string digits) => Digits = digits;

    /// <summary>The pattern as digits and <c>*</c>.</summary>
    public string Digits { get; }

    public static ContainsPattern Parse(string value)
    {
        var chars = new char[value.Length];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            chars[i] = c switch
            {
                >= '0' and <= '9' or '*' => c,
                >= 'A' and <= 'Z' => Keypad[c - 'A'],
                >= 'a' and <= 'z' => Keypad[c - 'a'],
                _ => throw new TwilioException(20001, $"Contains may hold only digits, letters and '*' in the emulator, not '{value}'."),
            };
        }

        if (chars.Length is < 2 or > 16)
        {
            throw new TwilioException(20001, $"Contains must be 2 to 16 characters long, not '{value}'.");
        }

        return new ContainsPattern(new string(chars));
    }

    public bool Matches(ReadOnlySpan<char> digits)
    {
        for (var offset = 0; offset + Digits.Length <= digits.Length; offset++)
        {
            if (MatchesAt(digits, offset))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the pattern over <paramref name="digits"/> at <paramref name="offset"/> from position <paramref name="from"/> on; false when a fixed digit before <paramref name="from"/> disagrees.</summary>
    public bool TryOverlay(Span<char> digits, int offset, int from)
    {
        for (var i = 0; i < Digits.Length; i++)
        {
            var at = offset + i;
            var c = Digits[i];
            if (c == '*')
            {
                continue;
            }

            if (at < from)
            {
                if (digits[at] != c)
                {
                    return false;
                }
            }
            else
            {
                digits[at] = c;
            }
        }

        return true;
    }

    private bool MatchesAt(ReadOnlySpan<char> digits, int offset)
    {
        for (var i = 0; i < Digits.Length; i++)
        {
            if (Digits[i] != '*' && Digits[i] != digits[offset + i])
            {
                return false;
            }
        }

        return true;
    }
}
