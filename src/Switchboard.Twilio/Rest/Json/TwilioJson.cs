using System.Text.Json;

namespace Switchboard.Twilio.Rest;

/// <summary>How Twilio's JSON is read: snake_case names and the lenient scalar converters.</summary>
internal static class TwilioJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Capability keys have appeared as both "sms" and "SMS".
        PropertyNameCaseInsensitive = true,
        Converters =
        {
            new LenientInt32Converter(),
            new LenientDecimalConverter(),
            new LenientDoubleConverter(),
            new LenientBooleanConverter(),
            new Rfc2822DateConverter(),
        },
    };
}
