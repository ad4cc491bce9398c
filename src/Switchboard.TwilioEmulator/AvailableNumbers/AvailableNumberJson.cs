using System.Globalization;

namespace Switchboard.TwilioEmulator.AvailableNumbers;

/// <summary>
/// One available number as Twilio writes it (spec
/// <c>api.v2010.account.available_phone_number_country.available_phone_number_local</c>): the
/// spec's examples write latitude and longitude as strings with six decimals and the capability
/// keys in lower case, and so does the emulator.
/// </summary>
public sealed record AvailableNumberJson(
    string FriendlyName,
    string PhoneNumber,
    string? Lata,
    string? Locality,
    string? RateCenter,
    string? Latitude,
    string? Longitude,
    string? Region,
    string? PostalCode,
    string IsoCountry,
    string AddressRequirements,
    bool Beta,
    IReadOnlyDictionary<string, bool> Capabilities)
{
    public static AvailableNumberJson Of(NumberBlock block, string phoneNumber) => new(
        PhoneNumbers.FriendlyName(phoneNumber),
        phoneNumber,
        block.Lata,
        block.Locality,
        block.RateCenter,
        Coordinate(block.Latitude),
        Coordinate(block.Longitude),
        block.Region,
        block.PostalCode,
        block.Country,
        block.AddressRequirements,
        false,
        new Dictionary<string, bool>
        {
            ["voice"] = block.Capabilities.Voice,
            ["sms"] = block.Capabilities.Sms,
            ["mms"] = block.Capabilities.Mms,
            ["fax"] = block.Capabilities.Fax,
        });

    private static string? Coordinate(double? value) => value?.ToString("0.000000", CultureInfo.InvariantCulture);
}
