namespace Switchboard.Twilio.Messaging;

/// <summary>Counts the segments and picks the encoding of an SMS body the way Twilio does (FACTS.md 7).</summary>
public static class SegmentCalculator
{
    /// <summary>Twilio rejects longer bodies with error 21617.</summary>
    public const int MaxLength = 1600;

    private const int GsmSingle = 160;
    private const int GsmPart = 153;
    private const int Ucs2Single = 70;
    private const int Ucs2Part = 67;

    /// <summary>Calculates encoding, segments and length of <paramref name="body"/>.</summary>
    /// <param name="body">The message text; empty for a media-only message.</param>
    /// <param name="smartEncode">Apply Twilio's Smart Encoding first (the <c>SmartEncoded</c> parameter).</param>
    public static SegmentInfo Calculate(string body, bool smartEncode = false)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = smartEncode ? SmartEncoding.Apply(body) : body;

        var characters = Characters(text);
        var unicode = characters.Where(c => c.Length > 1 || GsmCharset.Septets(c[0]) == 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var encoding = unicode.Count == 0 ? MessageEncoding.Gsm7 : MessageEncoding.Ucs2;
        var costs = encoding == MessageEncoding.Gsm7
            ? characters.Select(c => GsmCharset.Septets(c[0]))
            : characters.Select(c => c.Length);
        var segments = encoding == MessageEncoding.Gsm7
            ? Count(costs, GsmSingle, GsmPart)
            : Count(costs, Ucs2Single, Ucs2Part);

        return new SegmentInfo(encoding, segments, text.Length, unicode, text, text.Length > MaxLength);
    }

    // A character never straddles two parts, so parts are packed greedily rather than divided.
    private static int Count(IEnumerable<int> costs, int single, int part)
    {
        var list = costs.ToList();
        if (list.Sum() <= single)
        {
            return 1;
        }

        var segments = 1;
        var used = 0;
        foreach (var cost in list)
        {
            if (used + cost > part)
            {
                segments++;
                used = 0;
            }

            used += cost;
        }

        return segments;
    }

    // Surrogate pairs stay whole; a lone surrogate counts as a character of its own.
    private static List<string> Characters(string text)
    {
        var result = new List<string>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Add(text.Substring(i, 2));
                i++;
            }
            else
            {
                result.Add(text[i].ToString());
            }
        }

        return result;
    }
}
