namespace Switchboard.Contacts.Phones;

/// <summary>
/// Country calling codes, trunk prefixes and national number lengths, from the ITU-T E.164
/// assignments and each country's published numbering plan. Lengths cover fixed and mobile
/// numbers; where a plan varies by area (AT, DE, FI, IT, ...) the range is wide on purpose, because
/// refusing a real customer's number is worse than accepting an odd one.
/// </summary>
internal static class CountryNumberingTable
{
    private static readonly string[] Zero = ["0"];
    private static readonly string[] None = [];
    private static readonly string[] DoubleZero = ["00"];

    public static readonly IReadOnlyList<CountryNumbering> All =
    [
        // North American Numbering Plan: one calling code, told apart by area code (NorthAmericanNumbering).
        Nanp("US"),
        Nanp("CA", NorthAmericanNumbering.CanadianAreaCodes),
        Nanp("PR", ["787", "939"]),

        // European Union.
        Plan("AT", "43", Zero, Range(4, 13)),
        Plan("BE", "32", Zero, [8, 9]),
        Plan("BG", "359", Zero, Range(6, 9)),
        Plan("HR", "385", Zero, Range(6, 9)),
        Plan("CY", "357", None, [8]),
        Plan("CZ", "420", None, [9]),
        Plan("DK", "45", None, [8]),
        Plan("EE", "372", None, [7, 8]),
        Plan("FI", "358", Zero, Range(5, 12)),
        Plan("FR", "33", Zero, [9]),
        Plan("DE", "49", Zero, Range(5, 13)),
        Plan("GR", "30", None, [10]),
        Plan("HU", "36", ["06"], [8, 9]),
        Plan("IE", "353", Zero, Range(7, 10)),
        // Italy has no trunk prefix: the leading 0 of a landline is part of the number (+39 06 ...).
        Plan("IT", "39", None, Range(6, 11)),
        Plan("LV", "371", None, [8]),
        // Lithuania is moving its trunk prefix from 8 to 0; both are still written.
        Plan("LT", "370", ["8", "0"], [8]),
        Plan("LU", "352", None, Range(4, 11)),
        Plan("MT", "356", None, [8]),
        Plan("NL", "31", Zero, [9]),
        Plan("PL", "48", None, [9]),
        Plan("PT", "351", None, [9]),
        Plan("RO", "40", Zero, [9]),
        Plan("SK", "421", Zero, [9]),
        Plan("SI", "386", Zero, [8]),
        Plan("ES", "34", None, [9]),
        Plan("SE", "46", Zero, Range(7, 10)),

        // Rest of Europe.
        Plan("GB", "44", Zero, [9, 10]),
        Plan("CH", "41", Zero, [9]),
        Plan("NO", "47", None, [8]),
        Plan("IS", "354", None, [7, 9]),
        Plan("LI", "423", None, [7]),
        // Russia and Kazakhstan share +7: Kazakh numbers start with 6 or 7. "8 10" is their old exit code.
        Plan("RU", "7", ["8"], [10], ["810", "00"]),
        Plan("KZ", "7", ["8"], [10], ["810", "00"], ["6", "7"]),
        Plan("UA", "380", Zero, [9]),
        Plan("BY", "375", ["8"], [9], ["810", "00"]),
        Plan("TR", "90", Zero, [10]),

        // Asia and Oceania.
        Plan("AU", "61", Zero, [9], ["0011", "00"]),
        Plan("NZ", "64", Zero, Range(8, 10)),
        Plan("JP", "81", Zero, [9, 10], ["010", "00"]),
        // Korea's exit codes are carrier codes (001, 002, ...), so a bare 00 means nothing there.
        Plan("KR", "82", Zero, Range(8, 10), ["001", "002", "005", "006", "008", "00700"]),
        Plan("CN", "86", Zero, Range(9, 11)),
        Plan("TW", "886", Zero, [8, 9], ["002", "00"]),
        Plan("HK", "852", None, [8], ["001", "00"]),
        Plan("SG", "65", None, [8], ["001", "000", "00"]),
        Plan("IN", "91", Zero, [10]),
        Plan("PK", "92", Zero, Range(8, 10)),
        Plan("BD", "880", Zero, Range(8, 10)),
        Plan("LK", "94", Zero, [9]),
        Plan("PH", "63", Zero, Range(8, 10)),
        Plan("ID", "62", Zero, Range(8, 12)),
        Plan("MY", "60", Zero, Range(8, 10)),
        Plan("TH", "66", Zero, [8, 9], ["001", "00"]),
        Plan("VN", "84", Zero, [9, 10]),

        // Middle East and Africa.
        Plan("IL", "972", Zero, [8, 9]),
        Plan("AE", "971", Zero, [8, 9]),
        Plan("SA", "966", Zero, [8, 9]),
        Plan("QA", "974", None, [8]),
        Plan("KW", "965", None, [8]),
        Plan("EG", "20", Zero, Range(8, 10)),
        Plan("MA", "212", Zero, [9]),
        Plan("ZA", "27", Zero, [9]),
        Plan("NG", "234", Zero, [7, 8, 10]),
        Plan("KE", "254", Zero, [9]),
        Plan("GH", "233", Zero, [9]),

        // Latin America.
        // Brazil's carrier selection codes (0 + 2 digits before the area code) are not handled.
        Plan("BR", "55", Zero, [10, 11]),
        // Mexico dropped 01/044/045 in 2019, but people still write them. WhatsApp keeps the old
        // mobile "1" after +52, so 11 digits is a real address there, not a typo.
        Plan("MX", "52", ["01", "044", "045"], [10, 11]),
        // Argentine mobiles carry a 9 after +54 (11 digits); the national "15" form is not handled.
        Plan("AR", "54", Zero, [10, 11]),
        Plan("CO", "57", None, [10], ["009", "007", "005", "00"]),
        Plan("CL", "56", None, [9]),
        Plan("PE", "51", Zero, [8, 9]),
        Plan("VE", "58", Zero, [10]),
    ];

    private static CountryNumbering Nanp(string country, IReadOnlyList<string>? areaCodes = null) =>
        new(country, "1", ["1"], [10], ["011", "00"], areaCodes ?? []);

    private static CountryNumbering Plan(
        string country,
        string callingCode,
        string[] trunkPrefixes,
        int[] lengths,
        string[]? exitPrefixes = null,
        string[]? leadingDigits = null) =>
        new(country, callingCode, trunkPrefixes, lengths, exitPrefixes ?? DoubleZero, leadingDigits ?? []);

    private static int[] Range(int min, int max) => [.. Enumerable.Range(min, max - min + 1)];
}
