namespace Switchboard.Numbers;

/// <summary>What kind of sender a number is, which sets its default pace.</summary>
public static class PhoneNumberKinds
{
    // North American toll-free area codes.
    private static readonly string[] TollFreePrefixes = ["+1800", "+1833", "+1844", "+1855", "+1866", "+1877", "+1888"];

    public static PhoneNumberKind Of(string sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        if (!sender.StartsWith('+'))
        {
            return sender.All(char.IsAsciiDigit) && sender.Length is >= 3 and <= 8
                ? PhoneNumberKind.ShortCode
                : PhoneNumberKind.Alphanumeric;
        }

        return TollFreePrefixes.Any(p => sender.StartsWith(p, StringComparison.Ordinal))
            ? PhoneNumberKind.TollFree
            : PhoneNumberKind.LongCode;
    }
}
