namespace Switchboard.Contacts.Phones;

/// <summary>
/// The North American Numbering Plan: NPA-NXX-XXXX, ten digits. Area code (NPA) and exchange
/// (NXX) never start with 0 or 1, because those digits once meant "operator" and "long distance".
/// </summary>
internal static class NorthAmericanNumbering
{
    /// <summary>
    /// Canadian area codes (CNAC's list, overlays included), so that +1 numbers can be told apart
    /// from US ones. Codes not listed fall back to US.
    /// </summary>
    public static readonly string[] CanadianAreaCodes =
    [
        "204", "226", "236", "249", "250", "263", "289", "306", "343", "354", "365", "367", "368",
        "382", "403", "416", "418", "428", "431", "437", "438", "450", "468", "474", "506", "514",
        "519", "548", "579", "581", "584", "587", "604", "613", "639", "647", "672", "683", "705",
        "709", "742", "753", "778", "780", "782", "807", "819", "825", "867", "873", "879", "902",
        "905", "942",
    ];

    /// <summary>Why ten national digits are not a North American number, or null when they are.</summary>
    public static string? Check(string tenDigits, string input, string country)
    {
        var areaCode = tenDigits[..3];
        var exchange = tenDigits[3..6];
        if (areaCode[0] is '0' or '1')
        {
            return $"'{input}' has area code {areaCode}, but area codes in {country} cannot start with 0 or 1";
        }

        // N11 codes (211, 311, 411, 911, ...) are service numbers, never area codes.
        if (areaCode[1] == '1' && areaCode[2] == '1')
        {
            return $"'{input}' has area code {areaCode}, which is a service code, not an area code";
        }

        if (exchange[0] is '0' or '1')
        {
            return $"'{input}' has exchange {exchange}, but exchanges in {country} cannot start with 0 or 1";
        }

        // 555-0100 to 555-0199 are reserved as fictional numbers: valid, and what tests should use.
        return null;
    }
}
