using Switchboard.Contacts.Phones;

namespace Switchboard.Tests.Contacts.Phones;

public sealed class NorthAmericanNumberTests
{
    [Theory]
    [InlineData("(415) 555-0123", "US", "+14155550123")]
    [InlineData("415-555-0123", "US", "+14155550123")]
    [InlineData("415.555.0123", "US", "+14155550123")]
    [InlineData("415 555 0123", "US", "+14155550123")]
    [InlineData("4155550123", "US", "+14155550123")]
    [InlineData("1 (415) 555-0123", "US", "+14155550123")]
    [InlineData("1-415-555-0123", "US", "+14155550123")]
    [InlineData("14155550123", "US", "+14155550123")]
    [InlineData("+1 415 555 0123", "US", "+14155550123")]
    [InlineData("+14155550123", "GB", "+14155550123")]
    [InlineData("  +1 (415) 555-0123\t", "US", "+14155550123")]
    [InlineData("001 415 555 0123", "DE", "+14155550123")]
    [InlineData("tel:+1-415-555-0123", "US", "+14155550123")]
    [InlineData("(212) 555-0199", "US", "+12125550199")]
    [InlineData("800-555-0100", "US", "+18005550100")]
    [InlineData("(416) 555-0142", "CA", "+14165550142")]
    [InlineData("604 555 0188", "US", "+16045550188")]
    [InlineData("787-555-0111", "PR", "+17875550111")]
    [InlineData("+1\u00A0415\u2011555\u20110123", "US", "+14155550123")]
    public void NormalisesNorthAmericanNumbersWrittenEveryUsualWay(string input, string country, string expected)
    {
        var result = PhoneNumberNormalizer.Normalize(input, country);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(SenderKind.PhoneNumber, result.Kind);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("+1 212 555 0100")]
    [InlineData("+1 212 555 0150")]
    [InlineData("+1 212 555 0199")]
    [InlineData("+1 310 555 0101")]
    public void AcceptsThe555_01XXFictionalNumbersMeantForTesting(string input)
    {
        var result = PhoneNumberNormalizer.Normalize(input, "US");

        Assert.Equal(SenderKind.PhoneNumber, result.Kind);
        Assert.Equal("US", result.Country);
    }

    [Theory]
    [InlineData("+14155550123", "US")]
    [InlineData("+14165550142", "CA")]
    [InlineData("+16045550188", "CA")]
    [InlineData("+15145550100", "CA")]
    [InlineData("+19025550100", "CA")]
    [InlineData("+17875550111", "PR")]
    [InlineData("+12125550100", "US")]
    public void TellsCanadaAndPuertoRicoFromTheUnitedStatesByAreaCode(string e164, string expected)
    {
        Assert.Equal(expected, PhoneNumberNormalizer.CountryOf(e164));
        Assert.Equal(expected, PhoneNumberNormalizer.Normalize(e164, "US").Country);
    }

    [Theory]
    [InlineData("(015) 555-0123", "area code 015")]
    [InlineData("+1 115 555 0123", "area code 115")]
    [InlineData("1 (011) 555 0123", "area code 011")]
    [InlineData("(911) 555-0123", "area code 911, which is a service code")]
    [InlineData("(411) 555-0123", "area code 411, which is a service code")]
    [InlineData("+1 211 555 0123", "area code 211, which is a service code")]
    [InlineData("(415) 055-0123", "exchange 055")]
    [InlineData("(415) 155-0123", "exchange 155")]
    public void RefusesAreaCodesAndExchangesThePlanNeverAssigns(string input, string reason)
    {
        var result = PhoneNumberNormalizer.Normalize(input, "US");

        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12", "'12' is too short to be a phone number in US")]
    [InlineData("415-55", "'415-55' is too short to be a phone number in US")]
    [InlineData("555-0123", "'555-0123' is missing its area code: numbers in US have 10 digits")]
    [InlineData("(415) 555-01234", "'(415) 555-01234' is too long to be a phone number in US, which has 10 digits after the country code")]
    [InlineData("+1 415 555 012", "'+1 415 555 012' has 9 digits after +1, but phone numbers in US have 10")]
    [InlineData("+1 415 555 01234", "'+1 415 555 01234' has 11 digits after +1, but phone numbers in US have 10")]
    public void ExplainsWhatIsWrongWithTheLength(string input, string error)
    {
        var result = PhoneNumberNormalizer.Normalize(input, "US");

        Assert.Equal(SenderKind.Invalid, result.Kind);
        Assert.Equal(error, result.Error);
    }
}
