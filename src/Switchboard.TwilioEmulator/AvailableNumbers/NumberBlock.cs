namespace Switchboard.TwilioEmulator.AvailableNumbers;

/// <summary>What a number of a block can do (the <c>capabilities</c> object of an available number).</summary>
public sealed record NumberCapabilities(bool Voice, bool Sms, bool Mms, bool Fax);

/// <summary>
/// A block of numbers the emulator can offer: E.164 digits <see cref="Prefix"/> (country code
/// included) followed by <see cref="FreeDigits"/> generated digits, with the place data Twilio
/// reports for numbers there. <see cref="Nanp"/> blocks keep the exchange's first digit 2-9.
/// </summary>
public sealed record NumberBlock(
    string Country,
    string Type,
    string Prefix,
    int FreeDigits,
    string? Locality,
    string? Region,
    string? Lata,
    string? RateCenter,
    string? PostalCode,
    double? Latitude,
    double? Longitude,
    string AddressRequirements,
    NumberCapabilities Capabilities)
{
    public bool Nanp => Country is "US" or "CA";

    /// <summary>The NANP area code (the three digits after +1), or null outside NANP.</summary>
    public string? AreaCode => Nanp && Prefix.Length >= 4 ? Prefix[1..4] : null;

    public int Length => Prefix.Length + FreeDigits;

    /// <summary>Whether generated digits <paramref name="digits"/> (without '+') are a dialable number of this block.</summary>
    public bool Accepts(ReadOnlySpan<char> digits) =>
        digits.Length == Length && digits.StartsWith(Prefix) && (!Nanp || digits[4] is >= '2' and <= '9');
}
