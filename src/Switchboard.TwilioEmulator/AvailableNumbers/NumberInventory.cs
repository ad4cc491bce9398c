namespace Switchboard.TwilioEmulator.AvailableNumbers;

/// <summary>
/// The emulator's number inventory, as data: NANP area codes with their place data, and for
/// GB, FR, DE and AU the ranges their regulators reserve for fiction (Ofcom's 020 7946 0xxx,
/// ARCEP's 01 99 00, the Bundesnetzagentur's 030 23125, ACMA's 02 5550), so that a number found
/// here never rings a real phone if it leaks out of a test.
/// </summary>
public static class NumberInventory
{
    public const string Local = "Local";
    public const string TollFree = "TollFree";
    public const string Mobile = "Mobile";

    private static readonly NumberCapabilities NanpLocal = new(true, true, true, true);
    private static readonly NumberCapabilities NanpTollFree = new(true, true, false, true);
    private static readonly NumberCapabilities VoiceOnly = new(true, false, false, false);
    private static readonly NumberCapabilities VoiceSms = new(true, true, false, false);

    public static IReadOnlyList<NumberBlock> Blocks { get; } =
    [
        Us("415", "San Francisco", "CA", "722", "SNFC CNTL", "94103", 37.77, -122.42),
        Us("628", "San Francisco", "CA", "722", "SNFC CNTL", "94107", 37.77, -122.39),
        Us("213", "Los Angeles", "CA", "730", "LOS ANGELES", "90012", 34.05, -118.24),
        Us("212", "New York", "NY", "132", "NWYRCYZN01", "10001", 40.75, -73.99),
        Us("646", "New York", "NY", "132", "NWYRCYZN01", "10011", 40.74, -74.00),
        Us("312", "Chicago", "IL", "358", "CHICAGO", "60601", 41.88, -87.63),
        Us("617", "Boston", "MA", "128", "BOSTON", "02108", 42.36, -71.06),
        Us("206", "Seattle", "WA", "674", "SEATTLE", "98101", 47.61, -122.33),
        Us("305", "Miami", "FL", "460", "MIAMI", "33130", 25.77, -80.19),
        Us("512", "Austin", "TX", "558", "AUSTIN", "78701", 30.27, -97.74),
        Us("303", "Denver", "CO", "656", "DENVER", "80202", 39.74, -104.99),
        Us("404", "Atlanta", "GA", "438", "ATLANTA", "30303", 33.75, -84.39),
        Us("702", "Las Vegas", "NV", "721", "LAS VEGAS", "89101", 36.17, -115.14),
        Us("808", "Hilo", "HI", "834", "HILO", "96720", 19.72, -155.09),
        Ca("416", "Toronto", "ON", "TORONTO", "M5H", 43.65, -79.38),
        Ca("604", "Vancouver", "BC", "VANCOUVER", "V6B", 49.28, -123.12),
        Ca("514", "Montreal", "QC", "MONTREAL", "H2Y", 45.50, -73.57),
        .. TollFreeBlocks("US"),
        .. TollFreeBlocks("CA"),
        Other("GB", Local, "442079460", 3, "London", "any", VoiceOnly),
        Other("GB", Local, "441134960", 3, "Leeds", "any", VoiceOnly),
        Other("GB", Local, "441614960", 3, "Manchester", "any", VoiceOnly),
        Other("GB", Mobile, "447700900", 3, null, "any", VoiceSms),
        Other("GB", TollFree, "448081570", 3, null, "any", VoiceOnly),
        Other("FR", Local, "3319900", 4, "Paris", "local", VoiceOnly),
        Other("FR", Mobile, "3363998", 4, null, "local", VoiceSms),
        Other("DE", Local, "493023125", 3, "Berlin", "local", VoiceOnly),
        Other("DE", Mobile, "4915228817", 3, null, "local", VoiceSms),
        Other("AU", Local, "6125550", 4, "Sydney", "any", VoiceOnly),
        Other("AU", Local, "6137010", 4, "Melbourne", "any", VoiceOnly),
        Other("AU", Mobile, "61491570", 3, null, "any", VoiceSms),
        Other("AU", TollFree, "611800160", 3, null, "any", VoiceOnly),
    ];

    public static IEnumerable<NumberBlock> Of(string country, string type) =>
        Blocks.Where(b => b.Country == country && b.Type == type);

    private static NumberBlock Us(string area, string locality, string region, string lata, string rateCenter, string postal, double lat, double lon) =>
        new("US", Local, "1" + area, 7, locality, region, lata, rateCenter, postal, lat, lon, "none", NanpLocal);

    private static NumberBlock Ca(string area, string locality, string region, string rateCenter, string postal, double lat, double lon) =>
        new("CA", Local, "1" + area, 7, locality, region, null, rateCenter, postal, lat, lon, "none", NanpLocal);

    private static IEnumerable<NumberBlock> TollFreeBlocks(string country) =>
        new[] { "800", "833", "844", "855", "866", "877", "888" }
            .Select(p => new NumberBlock(country, TollFree, "1" + p, 7, null, null, null, null, null, null, null, "none", NanpTollFree));

    private static NumberBlock Other(string country, string type, string prefix, int free, string? locality, string address, NumberCapabilities capabilities) =>
        new(country, type, prefix, free, locality, null, null, null, null, null, null, address, capabilities);
}
