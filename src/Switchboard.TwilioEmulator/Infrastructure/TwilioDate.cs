using System.Globalization;

namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>Twilio's REST dates: RFC 2822 in GMT, <c>Thu, 24 Aug 2023 05:01:45 +0000</c>.</summary>
public static class TwilioDate
{
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? value) => value is { } v ? Format(v) : null;

    /// <summary>Parses the <c>YYYY-MM-DD</c> of list filters such as <c>DateSent</c>.</summary>
    public static bool TryParseDay(string? value, out DateOnly day) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
