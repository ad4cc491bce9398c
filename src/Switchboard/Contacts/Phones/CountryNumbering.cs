namespace Switchboard.Contacts.Phones;

/// <summary>
/// How one country writes its numbers: enough to turn a national number into E.164 and to
/// check its length, without the per-range detail libphonenumber carries.
/// </summary>
/// <param name="Country">ISO 3166 alpha-2 code.</param>
/// <param name="CallingCode">Country calling code, digits only.</param>
/// <param name="TrunkPrefixes">Prefixes dialled before a national number and dropped in E.164 (<c>0</c> in most countries).</param>
/// <param name="NationalLengths">Valid lengths of the national significant number (after the calling code).</param>
/// <param name="ExitPrefixes">International call prefixes people write instead of <c>+</c>.</param>
/// <param name="LeadingDigits">For a calling code shared by several countries: national prefixes that identify this one.</param>
public sealed record CountryNumbering(
    string Country,
    string CallingCode,
    IReadOnlyList<string> TrunkPrefixes,
    IReadOnlyList<int> NationalLengths,
    IReadOnlyList<string> ExitPrefixes,
    IReadOnlyList<string> LeadingDigits)
{
    public bool IsNorthAmerican => CallingCode == "1";

    public int MinLength => NationalLengths.Min();

    public int MaxLength => NationalLengths.Max();

    public bool HasLength(int length) => NationalLengths.Contains(length);

    /// <summary>The lengths in words: "10", "9 or 10", "between 5 and 13".</summary>
    public string DescribeLengths()
    {
        if (NationalLengths.Count == 1)
        {
            return NationalLengths[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var contiguous = MaxLength - MinLength + 1 == NationalLengths.Count;
        return contiguous && NationalLengths.Count > 2
            ? $"between {MinLength} and {MaxLength}"
            : $"{string.Join(", ", NationalLengths.Take(NationalLengths.Count - 1))} or {MaxLength}";
    }
}
