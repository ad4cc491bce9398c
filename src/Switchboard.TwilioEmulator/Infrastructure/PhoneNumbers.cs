using System.Text.RegularExpressions;

namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>What kind of sender a number is; it decides the pacing rate and opt-out handling.</summary>
public enum SenderKind
{
    LongCode,
    TollFree,
    ShortCode,
    Alphanumeric,
}

/// <summary>Phone-number shapes the emulator recognises.</summary>
public static partial class PhoneNumbers
{
    private static readonly string[] TollFreePrefixes = ["+1800", "+1833", "+1844", "+1855", "+1866", "+1877", "+1888"];

    public static bool IsE164(string? value) => value is not null && E164().IsMatch(value);

    public static bool IsShortCode(string? value) => value is not null && ShortCode().IsMatch(value);

    public static bool IsAlphanumericSender(string? value) => value is not null && Alphanumeric().IsMatch(value);

    public static bool IsValidSender(string? value) => IsE164(value) || IsShortCode(value) || IsAlphanumericSender(value);

    public static SenderKind KindOf(string sender) =>
        IsShortCode(sender) ? SenderKind.ShortCode
        : TollFreePrefixes.Any(p => sender.StartsWith(p, StringComparison.Ordinal)) ? SenderKind.TollFree
        : IsE164(sender) ? SenderKind.LongCode
        : SenderKind.Alphanumeric;

    /// <summary>ISO country of an E.164 number, as far as the emulator knows (NANP numbers report US).</summary>
    public static string CountryOf(string number) =>
        number.StartsWith("+1", StringComparison.Ordinal) || IsShortCode(number) ? "US"
        : number.StartsWith("+44", StringComparison.Ordinal) ? "GB"
        : number.StartsWith("+33", StringComparison.Ordinal) ? "FR"
        : number.StartsWith("+49", StringComparison.Ordinal) ? "DE"
        : number.StartsWith("+61", StringComparison.Ordinal) ? "AU"
        : "US";

    /// <summary>Twilio's friendly name for a number: <c>(808) 925-5327</c> for NANP, the number itself otherwise.</summary>
    public static string FriendlyName(string number) =>
        number.Length == 12 && number.StartsWith("+1", StringComparison.Ordinal)
            ? $"({number[2..5]}) {number[5..8]}-{number[8..]}"
            : number;

    /// <summary>A number written in a URL path as <c>+1…</c>, <c>%2B1…</c> or with a space for the plus.</summary>
    public static string FromPath(string value)
    {
        var decoded = Uri.UnescapeDataString(value).Trim();
        return decoded.Length > 0 && char.IsDigit(decoded[0]) && decoded.Length > 6 ? "+" + decoded : decoded;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();

    [GeneratedRegex("^[0-9]{5,6}$")]
    private static partial Regex ShortCode();

    [GeneratedRegex("^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$")]
    private static partial Regex Alphanumeric();
}
