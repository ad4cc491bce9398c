using Switchboard.Contacts.Phones;

namespace Switchboard.Tests.Contacts.Phones;

public sealed class CountryNumberingTableTests
{
    public static TheoryData<string> RequiredCountries() =>
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
        "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB", "CH", "NO", "AU", "NZ",
        "JP", "KR", "CN", "IN", "SG", "HK", "BR", "MX", "AR", "CO", "CL", "ZA", "NG", "KE", "EG", "IL",
        "AE", "SA", "TR", "RU", "UA", "PH", "ID", "MY", "TH", "VN", "PK", "BD", "US", "CA",
    ];

    [Theory]
    [MemberData(nameof(RequiredCountries))]
    public void CoversEachCountryOurCustomersTextMost(string country)
    {
        var plan = CountryNumberingPlans.Find(country);

        Assert.NotNull(plan);
        Assert.Equal(country, plan.Country);
    }

    [Fact]
    public void ListsEachCountryOnce()
    {
        var duplicates = CountryNumberingPlans.All.GroupBy(plan => plan.Country).Where(group => group.Count() > 1);

        Assert.Empty(duplicates);
        Assert.True(CountryNumberingPlans.All.Count >= 60);
    }

    [Fact]
    public void KeepsEveryRowWithinE164()
    {
        var broken = CountryNumberingPlans.All.Where(plan =>
            plan.Country.Length != 2
            || !plan.Country.All(char.IsAsciiLetterUpper)
            || plan.CallingCode.Length is < 1 or > 3
            || !plan.CallingCode.All(char.IsAsciiDigit)
            || plan.CallingCode[0] == '0'
            || plan.NationalLengths.Count == 0
            || plan.CallingCode.Length + plan.MaxLength > 15
            || plan.TrunkPrefixes.Concat(plan.ExitPrefixes).Any(prefix => prefix.Length == 0 || !prefix.All(char.IsAsciiDigit)));

        Assert.Empty(broken.Select(plan => plan.Country));
    }

    [Fact]
    public void GivesEachSharedCallingCodeExactlyOneFallbackCountry()
    {
        var withoutFallback = CountryNumberingPlans.All
            .GroupBy(plan => plan.CallingCode)
            .Where(group => group.Count(plan => plan.LeadingDigits.Count == 0) != 1)
            .Select(group => group.Key);

        Assert.Empty(withoutFallback);
    }

    [Theory]
    [InlineData("gb", "GB")]
    [InlineData(" us ", "US")]
    public void FindsCountriesWhicheverWayTheirCodeIsWritten(string code, string expected)
    {
        Assert.Equal(expected, CountryNumberingPlans.Find(code)?.Country);
    }

    [Fact]
    public void FindsNoCountryForAnUnknownCode()
    {
        Assert.Null(CountryNumberingPlans.Find("XX"));
    }
}
