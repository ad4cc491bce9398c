namespace Switchboard.Twilio.Rest;

/// <summary>Search criteria for available numbers. The <c>Near…</c>/<c>In…</c> filters apply to US and CA only.</summary>
public sealed record AvailablePhoneNumberFilter
{
    /// <summary>US/CA area code.</summary>
    public int? AreaCode { get; init; }

    /// <summary>2–16 digits or letters; <c>*</c> matches one character, <c>%</c> any run.</summary>
    public string? Contains { get; init; }

    public bool? SmsEnabled { get; init; }

    public bool? MmsEnabled { get; init; }

    public bool? VoiceEnabled { get; init; }

    public bool? FaxEnabled { get; init; }

    public bool? ExcludeAllAddressRequired { get; init; }

    public bool? ExcludeLocalAddressRequired { get; init; }

    public bool? ExcludeForeignAddressRequired { get; init; }

    public bool? Beta { get; init; }

    public string? NearNumber { get; init; }

    /// <summary><c>latitude,longitude</c>.</summary>
    public string? NearLatLong { get; init; }

    /// <summary>Miles from <see cref="NearNumber"/> or <see cref="NearLatLong"/> (at most 500).</summary>
    public int? Distance { get; init; }

    public string? InPostalCode { get; init; }

    public string? InRegion { get; init; }

    public string? InRateCenter { get; init; }

    public string? InLata { get; init; }

    public string? InLocality { get; init; }

    public int? PageSize { get; init; }

    internal TwilioForm ToQuery() => new TwilioForm()
        .Add("AreaCode", AreaCode).Add("Contains", Contains)
        .Add("SmsEnabled", SmsEnabled).Add("MmsEnabled", MmsEnabled).Add("VoiceEnabled", VoiceEnabled).Add("FaxEnabled", FaxEnabled)
        .Add("ExcludeAllAddressRequired", ExcludeAllAddressRequired)
        .Add("ExcludeLocalAddressRequired", ExcludeLocalAddressRequired)
        .Add("ExcludeForeignAddressRequired", ExcludeForeignAddressRequired)
        .Add("Beta", Beta).Add("NearNumber", NearNumber).Add("NearLatLong", NearLatLong).Add("Distance", Distance)
        .Add("InPostalCode", InPostalCode).Add("InRegion", InRegion).Add("InRateCenter", InRateCenter)
        .Add("InLata", InLata).Add("InLocality", InLocality)
        .Add("PageSize", Paging.CheckPageSize(PageSize));
}
