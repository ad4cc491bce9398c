using System.Globalization;

namespace Switchboard.TwilioEmulator.Voice;

/// <summary>US per-minute voice prices, charged per started minute and written as Twilio does (negative, five decimals).</summary>
public static class CallPrices
{
    private const decimal OutboundPerMinute = 0.0140m;
    private const decimal InboundPerMinute = 0.0085m;
    private const decimal RecordingPerMinute = 0.0025m;

    public static string Outbound(int seconds) => Format(OutboundPerMinute, seconds);

    public static string Inbound(int seconds) => Format(InboundPerMinute, seconds);

    public static string Recording(int seconds) => Format(RecordingPerMinute, seconds);

    private static string Format(decimal perMinute, int seconds) =>
        (-perMinute * Math.Max(1, (seconds + 59) / 60)).ToString("0.00000", CultureInfo.InvariantCulture);
}
