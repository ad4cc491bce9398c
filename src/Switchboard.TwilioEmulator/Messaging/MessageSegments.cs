namespace Switchboard.TwilioEmulator.Messaging;

/// <summary>
/// How many segments a body costs (FACTS 7). A private minimal calculation until the wire
/// library's <c>SegmentCalculator</c> lands on main; this is the one place to switch over.
/// </summary>
internal static class MessageSegments
{
    private const string Gsm7Basic =
        "\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
        + "¡£¤¥§¿ÄÅÆÇÉÑÖØÜßàäåæèéìñòöøùüΓΔΘΛΞΠΣΦΨΩ";

    private const string Gsm7Extension = "\f[\\]^{|}~€";

    public static int Count(string body, bool smartEncode = false)
    {
        _ = smartEncode;
        if (body.Length == 0)
        {
            return 1;
        }

        if (body.All(c => Gsm7Basic.Contains(c, StringComparison.Ordinal) || Gsm7Extension.Contains(c, StringComparison.Ordinal)))
        {
            return Split(body, c => Gsm7Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1, single: 160, multi: 153);
        }

        return Split(body, _ => 1, single: 70, multi: 67);
    }

    // A character (an extension escape or a surrogate pair) never straddles two segments.
    private static int Split(string body, Func<char, int> cost, int single, int multi)
    {
        var total = body.Sum(cost);
        if (total <= single)
        {
            return 1;
        }

        var segments = 1;
        var used = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var units = char.IsHighSurrogate(body[i]) && i + 1 < body.Length ? 2 : cost(body[i]);
            if (used + units > multi)
            {
                segments++;
                used = 0;
            }

            used += units;
            if (units == 2 && char.IsHighSurrogate(body[i]))
            {
                i++;
            }
        }

        return segments;
    }
}
