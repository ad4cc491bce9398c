using System.Collections.Frozen;

namespace Switchboard.Contacts.Phones;

/// <summary>Looks countries up in <see cref="CountryNumberingTable"/> by ISO code or by E.164 number.</summary>
public static class CountryNumberingPlans
{
    private static readonly FrozenDictionary<string, CountryNumbering> ByCountry =
        CountryNumberingTable.All.ToFrozenDictionary(plan => plan.Country, StringComparer.OrdinalIgnoreCase);

    // Each plan is reachable by its calling code plus each of its leading digits; the longest
    // matching prefix wins, and a plan without leading digits is its calling code's fallback.
    private static readonly (string Prefix, CountryNumbering Plan)[] ByPrefix =
    [
        .. CountryNumberingTable.All
            .SelectMany(plan => plan.LeadingDigits.Count == 0
                ? [(plan.CallingCode, plan)]
                : plan.LeadingDigits.Select(digits => (plan.CallingCode + digits, plan)))
            .OrderByDescending(entry => entry.Item1.Length),
    ];

    public static IReadOnlyList<CountryNumbering> All => CountryNumberingTable.All;

    public static CountryNumbering? Find(string country) => ByCountry.GetValueOrDefault(country.Trim());

    /// <summary>The country of an E.164 number (<c>+447700900123</c> → GB), by longest prefix match.</summary>
    public static CountryNumbering? FindByNumber(string e164)
    {
        var digits = e164.StartsWith('+') ? e164[1..] : e164;
        foreach (var (prefix, plan) in ByPrefix)
        {
            if (digits.StartsWith(prefix, StringComparison.Ordinal))
            {
                return plan;
            }
        }

        return null;
    }
}
