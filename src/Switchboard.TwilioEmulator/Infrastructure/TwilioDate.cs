using System.Globalization;

namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>Twilio's REST dates: RFC 2822 in GMT, <c>Thu, 24 Aug 2023 05:01:45 +0000</c>.</summary>
public static class TwilioDate
{
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? value) => value is { } v ? Format(v) : null;

    /// <summary>
    /// The GMT day of a list filter such as <c>DateSent</c>: <c>YYYY-MM-DD</c>, or an ISO-8601
    /// date-time (what SDKs send), which Twilio compares at day granularity.
    /// </summary>
    public static bool TryParseDay(string? value, out DateOnly day)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            day = DateOnly.FromDateTime(instant.UtcDateTime);
            return true;
        }

        return false;
    }
}
