using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.Twilio.Rest;

/// <summary>
/// Reads Twilio's RFC 2822 dates (<c>Thu, 24 Aug 2023 05:01:45 +0000</c>); ISO-8601 is accepted
/// too, and an unreadable date becomes null instead of failing the resource.
/// </summary>
internal sealed class Rfc2822DateConverter : LenientScalarConverter<DateTimeOffset>
{
    private static readonly string[] Formats =
    [
        "ddd, dd MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss zzz",
        "dd MMM yyyy HH:mm:ss zzz",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
    ];

    public static DateTimeOffset? Parse(string text)
    {
        // .NET's "zzz" wants "+00:00"; RFC 2822 writes "+0000".
        var normalised = text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit)
            ? string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2))
            : text;
        if (DateTimeOffset.TryParseExact(normalised, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value) ? value : null;
    }

    protected override DateTimeOffset? FromString(string text) => Parse(text);

    protected override DateTimeOffset? FromToken(ref Utf8JsonReader reader) => null;

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } date)
        {
            writer.WriteStringValue(date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
