namespace Switchboard.Twilio.Rest;

/// <summary>A number offered for purchase (spec <c>…available_phone_number_local</c> and siblings).</summary>
public sealed record AvailablePhoneNumber
{
    public string? FriendlyName { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Lata { get; init; }

    public string? Locality { get; init; }

    public string? RateCenter { get; init; }

    /// <summary>The schema says number, the examples send strings; both are read.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? Region { get; init; }

    public string? PostalCode { get; init; }

    public string? IsoCountry { get; init; }

    public string? AddressRequirements { get; init; }

    public bool? Beta { get; init; }

    public PhoneNumberCapabilities? Capabilities { get; init; }
}

/// <summary>Which kind of number to search for; each is its own path under <c>AvailablePhoneNumbers/{Country}</c>.</summary>
public enum AvailablePhoneNumberType
{
    Local,
    TollFree,
    Mobile,
}
