using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Switchboard.Twilio.Messaging;

/// <summary>
/// Twilio's Smart Encoding: Unicode look-alikes replaced by GSM-7 characters before encoding, so a
/// pasted “curly quote” does not turn a whole message into UCS-2 (FACTS.md 7).
/// </summary>
public static class SmartEncoding
{
    // Each row: every character in the first string becomes the second string.
    private static readonly (string From, string To)[] Groups =
    [
        ("«»“”„‟ʺˮ❝❞〝〞＂", "\""),
        ("‘’‛ʹʻʼʽˈˊˋ´`❛❜＇", "'"),
        ("‐–—―⁃•﹣－", "-"),
        ("÷⁄∕⧸／", "/"),
        ("⁎∗✱✳﹡", "*"),
        // Twilio's calculator maps these the "wrong" way round; we match what Twilio sends.
        ("‹", ">"),
        ("›", "<"),
        ("\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000", " "),
        ("\t", "       "),
        ("\u200B\u2060\uFEFF", ""),
        // C0/C1 controls other than LF, CR and form feed (which are GSM-7) carry no text.
        ("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F"
            + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
            + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
            + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F", ""),
    ];

    private static readonly (char From, string To)[] Singles =
    [
        ('¼', "1/4"), ('½', "1/2"), ('¾', "3/4"), ('…', "..."), ('‼', "!!"),
        ('ᴀ', "A"), ('ʙ', "B"), ('ᴄ', "C"), ('ᴅ', "D"), ('ᴇ', "E"), ('ꜰ', "F"), ('ɢ', "G"), ('ʜ', "H"),
        ('ɪ', "I"), ('ᴊ', "J"), ('ᴋ', "K"), ('ʟ', "L"), ('ᴍ', "M"), ('ɴ', "N"), ('ᴏ', "O"), ('ᴘ', "P"),
        ('ǫ', "Q"), ('ʀ', "R"), ('ꜱ', "S"), ('ᴛ', "T"), ('ᴜ', "U"), ('ᴠ', "V"), ('ᴡ', "W"), ('ʏ', "Y"),
        ('ᴢ', "Z"),
    ];

    private static readonly FrozenDictionary<char, string> Map = Build();

    private static readonly SearchValues<char> Keys = SearchValues.Create([.. Map.Keys]);

    /// <summary>The replacement Twilio applies to <paramref name="c"/>, or null when it keeps it.</summary>
    public static string? Replacement(char c) => Map.GetValueOrDefault(c);

    /// <summary>Applies every replacement to <paramref name="body"/>.</summary>
    public static string Apply(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!body.AsSpan().ContainsAny(Keys))
        {
            return body;
        }

        var result = new StringBuilder(body.Length);
        foreach (var c in body)
        {
            if (Map.TryGetValue(c, out var replacement))
            {
                result.Append(replacement);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static FrozenDictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        foreach (var (from, to) in Groups)
        {
            foreach (var c in from)
            {
                map.Add(c, to);
            }
        }

        foreach (var (from, to) in Singles)
        {
            map.Add(from, to);
        }

        // Fullwidth punctuation, digits and capitals (U+FF01–FF3F) and fullwidth { | } ~ (U+FF5B–FF5E)
        // sit exactly 0xFEE0 above their ASCII forms. Fullwidth lowercase is not in Twilio's map.
        foreach (var c in Enumerable.Range(0xFF01, 0xFF3F - 0xFF01 + 1).Concat(Enumerable.Range(0xFF5B, 4)))
        {
            map.TryAdd((char)c, ((char)(c - 0xFEE0)).ToString());
        }

        return map.ToFrozenDictionary();
    }
}
