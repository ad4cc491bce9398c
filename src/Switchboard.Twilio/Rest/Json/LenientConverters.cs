using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.Twilio.Rest;

/// <summary>
/// Base for Twilio's loosely typed scalars: the spec declares counts, prices and durations as
/// strings (<c>"1"</c>, <c>"-0.00750"</c>), other answers send numbers, and some send <c>""</c>.
/// Anything unreadable becomes null rather than failing the whole resource.
/// </summary>
internal abstract class LenientScalarConverter<T> : JsonConverter<T?>
    where T : struct
{
    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return FromString(reader.GetString()!.Trim());
            case JsonTokenType.Number:
            case JsonTokenType.True:
            case JsonTokenType.False:
                return FromToken(ref reader);
            default:
                reader.Skip();
                return null;
        }
    }

    protected abstract T? FromString(string text);

    protected abstract T? FromToken(ref Utf8JsonReader reader);
}

internal sealed class LenientInt32Converter : LenientScalarConverter<int>
{
    protected override int? FromString(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    protected override int? FromToken(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : null;

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } number) writer.WriteNumberValue(number); else writer.WriteNullValue();
    }
}

internal sealed class LenientDecimalConverter : LenientScalarConverter<decimal>
{
    protected override decimal? FromString(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    protected override decimal? FromToken(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : null;

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } number) writer.WriteNumberValue(number); else writer.WriteNullValue();
    }
}

internal sealed class LenientDoubleConverter : LenientScalarConverter<double>
{
    protected override double? FromString(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    protected override double? FromToken(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : null;

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        if (value is { } number) writer.WriteNumberValue(number); else writer.WriteNullValue();
    }
}

internal sealed class LenientBooleanConverter : LenientScalarConverter<bool>
{
    protected override bool? FromString(string text) => bool.TryParse(text, out var value) ? value : null;

    protected override bool? FromToken(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => null,
    };

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag) writer.WriteBooleanValue(flag); else writer.WriteNullValue();
    }
}
