using Switchboard.Contacts.Phones;

namespace Switchboard.Tests.Contacts.Phones;

public sealed class InternationalNumberTests
{
    [Theory]
    // United Kingdom (Ofcom's drama ranges).
    [InlineData("07700 900123", "GB", "+447700900123")]
    [InlineData("07700-900-123", "GB", "+447700900123")]
    [InlineData("7700 900123", "GB", "+447700900123")]
    [InlineData("020 7946 0958", "GB", "+442079460958")]
    [InlineData("(020) 7946 0958", "GB", "+442079460958")]
    [InlineData("+44 (0)20 7946 0958", "US", "+442079460958")]
    [InlineData("+44 07700 900123", "US", "+447700900123")]
    [InlineData("0044 7700 900123", "FR", "+447700900123")]
    [InlineData("011 44 20 7946 0958", "US", "+442079460958")]
    [InlineData("447700900123", "GB", "+447700900123")]
    // France, Belgium, Netherlands, Germany, Austria, Switzerland.
    [InlineData("06 12 34 56 78", "FR", "+33612345678")]
    [InlineData("06.12.34.56.78", "FR", "+33612345678")]
    [InlineData("+33 6 12 34 56 78", "DE", "+33612345678")]
    [InlineData("01 23 45 67 89", "FR", "+33123456789")]
    [InlineData("0470 12 34 56", "BE", "+32470123456")]
    [InlineData("02 123 45 67", "BE", "+3221234567")]
    [InlineData("06 12345678", "NL", "+31612345678")]
    [InlineData("020-1234567", "NL", "+31201234567")]
    [InlineData("0151 23456789", "DE", "+4915123456789")]
    [InlineData("030 1234567", "DE", "+49301234567")]
    [InlineData("+49 (0)30 1234567", "US", "+49301234567")]
    [InlineData("0664 1234567", "AT", "+436641234567")]
    [InlineData("079 123 45 67", "CH", "+41791234567")]
    // Southern Europe: Italy keeps the landline's 0, Spain and Portugal have no trunk prefix.
    [InlineData("06 1234 5678", "IT", "+390612345678")]
    [InlineData("+39 06 1234 5678", "US", "+390612345678")]
    [InlineData("333 123 4567", "IT", "+393331234567")]
    [InlineData("612 34 56 78", "ES", "+34612345678")]
    [InlineData("912 345 678", "PT", "+351912345678")]
    [InlineData("694 123 4567", "GR", "+306941234567")]
    // Northern and eastern Europe.
    [InlineData("20 12 34 56", "DK", "+4520123456")]
    [InlineData("412 34 567", "NO", "+4741234567")]
    [InlineData("070-123 45 67", "SE", "+46701234567")]
    [InlineData("040 1234567", "FI", "+358401234567")]
    [InlineData("512 345 678", "PL", "+48512345678")]
    [InlineData("601 123 456", "CZ", "+420601123456")]
    [InlineData("06 30 123 4567", "HU", "+36301234567")]
    [InlineData("0721 234 567", "RO", "+40721234567")]
    [InlineData("8 612 34567", "LT", "+37061234567")]
    [InlineData("087 123 4567", "IE", "+353871234567")]
    [InlineData("8 (916) 123-45-67", "RU", "+79161234567")]
    [InlineData("8 10 44 20 7946 0958", "RU", "+442079460958")]
    [InlineData("8 701 123 4567", "KZ", "+77011234567")]
    [InlineData("050 123 4567", "UA", "+380501234567")]
    [InlineData("0532 123 45 67", "TR", "+905321234567")]
    // Asia and Oceania.
    [InlineData("0412 345 678", "AU", "+61412345678")]
    [InlineData("(02) 9876 5432", "AU", "+61298765432")]
    [InlineData("0011 44 20 7946 0958", "AU", "+442079460958")]
    [InlineData("021 123 4567", "NZ", "+64211234567")]
    [InlineData("090-1234-5678", "JP", "+819012345678")]
    [InlineData("03-1234-5678", "JP", "+81312345678")]
    [InlineData("010 1 415 555 0123", "JP", "+14155550123")]
    [InlineData("010-1234-5678", "KR", "+821012345678")]
    [InlineData("001 1 415 555 0123", "KR", "+14155550123")]
    [InlineData("138 0013 8000", "CN", "+8613800138000")]
    [InlineData("010 1234 5678", "CN", "+861012345678")]
    [InlineData("098765 43210", "IN", "+919876543210")]
    [InlineData("+91 98765 43210", "US", "+919876543210")]
    [InlineData("9123 4567", "SG", "+6591234567")]
    [InlineData("5123 4567", "HK", "+85251234567")]
    [InlineData("0912 345 678", "TW", "+886912345678")]
    [InlineData("0917 123 4567", "PH", "+639171234567")]
    [InlineData("0812-3456-7890", "ID", "+6281234567890")]
    [InlineData("012-345 6789", "MY", "+60123456789")]
    [InlineData("081 234 5678", "TH", "+66812345678")]
    [InlineData("091 234 56 78", "VN", "+84912345678")]
    [InlineData("0300 1234567", "PK", "+923001234567")]
    [InlineData("01712-345678", "BD", "+8801712345678")]
    // Middle East and Africa.
    [InlineData("050-123-4567", "IL", "+972501234567")]
    [InlineData("050 123 4567", "AE", "+971501234567")]
    [InlineData("050 123 4567", "SA", "+966501234567")]
    [InlineData("010 1234 5678", "EG", "+201012345678")]
    [InlineData("082 123 4567", "ZA", "+27821234567")]
    [InlineData("0803 123 4567", "NG", "+2348031234567")]
    [InlineData("0712 345678", "KE", "+254712345678")]
    // Latin America.
    [InlineData("(11) 91234-5678", "BR", "+5511912345678")]
    [InlineData("011 91234-5678", "BR", "+5511912345678")]
    [InlineData("55 1234 5678", "MX", "+525512345678")]
    [InlineData("044 55 1234 5678", "MX", "+525512345678")]
    [InlineData("whatsapp:+5215512345678", "US", "whatsapp:+5215512345678")]
    [InlineData("+54 9 11 1234-5678", "US", "+5491112345678")]
    [InlineData("011 1234-5678", "AR", "+541112345678")]
    [InlineData("300 123 4567", "CO", "+573001234567")]
    [InlineData("9 1234 5678", "CL", "+56912345678")]
    public void NormalisesNationalAndInternationalNumbersToE164(string input, string country, string expected)
    {
        var result = PhoneNumberNormalizer.Normalize(input, country);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("+447700900123", "GB")]
    [InlineData("+33612345678", "FR")]
    [InlineData("+390612345678", "IT")]
    [InlineData("+79161234567", "RU")]
    [InlineData("+77011234567", "KZ")]
    [InlineData("+85251234567", "HK")]
    [InlineData("+886912345678", "TW")]
    [InlineData("+35312345678", "IE")]
    [InlineData("+3581234567", "FI")]
    [InlineData("+972501234567", "IL")]
    [InlineData("+971501234567", "AE")]
    [InlineData("+2348031234567", "NG")]
    [InlineData("+420601123456", "CZ")]
    public void IdentifiesTheCountryOfAnE164NumberByItsLongestCallingCode(string e164, string expected)
    {
        Assert.Equal(expected, PhoneNumberNormalizer.CountryOf(e164));
    }

    [Fact]
    public void KeepsNumbersFromCallingCodesOutsideTheTableWithoutACountry()
    {
        var result = PhoneNumberNormalizer.Normalize("+998 90 123 45 67", "US");

        Assert.Equal("+998901234567", result.Value);
        Assert.Null(result.Country);
        Assert.Null(PhoneNumberNormalizer.CountryOf("+998901234567"));
    }

    [Theory]
    [InlineData("077009001", "GB", "'077009001' is too short to be a phone number in GB")]
    [InlineData("+44 7700 9001234", "US", "'+44 7700 9001234' has 11 digits after +44, but phone numbers in GB have 9 or 10")]
    [InlineData("06 12 34 56", "FR", "'06 12 34 56' is too short to be a phone number in FR")]
    [InlineData("06 12 34 56 78 9", "FR", "'06 12 34 56 78 9' is too long to be a phone number in FR, which has 9 digits after the country code")]
    [InlineData("0412 345 67", "AU", "'0412 345 67' is too short to be a phone number in AU")]
    [InlineData("+61 412 345 67", "US", "'+61 412 345 67' has 8 digits after +61, but phone numbers in AU have 9")]
    [InlineData("+49 151 2345 6789 0123", "US", "'+49 151 2345 6789 0123' has 17 digits, but an international number has at most 15")]
    [InlineData("+0 20 7946 0958", "US", "'+0 20 7946 0958' has no country code: country codes never start with 0")]
    [InlineData("+998 12", "US", "'+998 12' is too short to be an international phone number")]
    [InlineData("012 3456 789", "SG", "'012 3456 789' is too long to be a phone number in SG, which has 8 digits after the country code")]
    [InlineData("0803 123 456", "NG", "'0803 123 456' has 9 digits, but phone numbers in NG have 7, 8 or 10")]
    [InlineData("07700 900123", "XX", "'07700 900123' needs its country code (such as +44), because 'XX' is not a country we know")]
    public void ExplainsWhyANumberDoesNotFitItsCountry(string input, string country, string error)
    {
        var result = PhoneNumberNormalizer.Normalize(input, country);

        Assert.False(result.IsValid);
        Assert.Equal(error, result.Error);
    }
}
