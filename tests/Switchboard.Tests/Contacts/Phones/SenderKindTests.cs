using Switchboard.Contacts.Phones;

namespace Switchboard.Tests.Contacts.Phones;

public sealed class SenderKindTests
{
    [Theory]
    [InlineData("12345", "US")]
    [InlineData("123456", "US")]
    [InlineData("898211", "US")]
    [InlineData("611", "US")]
    [InlineData("87654321", "US")]
    [InlineData("60300", "GB")]
    [InlineData("38100", "FR")]
    [InlineData("22555", "DE")]
    [InlineData("1234", "DK")]
    [InlineData("72345", "XX")]
    public void KeepsShortCodesExactlyAsTheyCame(string input, string country)
    {
        var result = PhoneNumberNormalizer.Normalize(input, country);

        Assert.Equal(NormalizedSender.ShortCode(input), result);
    }

    [Theory]
    [InlineData("20123456", "DK", "+4520123456")]
    [InlineData("91234567", "SG", "+6591234567")]
    [InlineData("41234567", "NO", "+4741234567")]
    [InlineData("0301234", "DE", "+49301234")]
    public void ReadsEightDigitsAsANumberWhereCountriesDialThemInFull(string input, string country, string expected)
    {
        var result = PhoneNumberNormalizer.Normalize(input, country);

        Assert.Equal(SenderKind.PhoneNumber, result.Kind);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("ACME")]
    [InlineData("Acme Ltd")]
    [InlineData("MyShop24")]
    [InlineData("A")]
    [InlineData("SWITCHBOARD")]
    [InlineData("2FA Code")]
    public void KeepsAlphanumericSenderIdsExactlyAsTheyCame(string input)
    {
        var result = PhoneNumberNormalizer.Normalize(input, "GB");

        Assert.Equal(NormalizedSender.AlphanumericSenderId(input), result);
    }

    [Theory]
    [InlineData("whatsapp:+14155550123", "whatsapp:+14155550123", "US")]
    [InlineData("whatsapp:+1 (415) 555-0123", "whatsapp:+14155550123", "US")]
    [InlineData("WhatsApp:07700 900123", "whatsapp:+447700900123", "GB")]
    [InlineData("whatsapp: +44 7700 900123", "whatsapp:+447700900123", "GB")]
    public void KeepsTheChannelPrefixAndNormalisesTheNumberAfterIt(string input, string expected, string country)
    {
        var result = PhoneNumberNormalizer.Normalize(input, "GB");

        Assert.Equal(NormalizedSender.PhoneNumber(expected[(expected.IndexOf(':', StringComparison.Ordinal) + 1)..], country, "whatsapp"), result);
        Assert.Equal(expected, result.Value);
        Assert.Equal("whatsapp", result.Channel);
    }

    [Theory]
    [InlineData("tel:+44-20-7946-0958", "+442079460958")]
    [InlineData("TEL:020 7946 0958", "+442079460958")]
    [InlineData("tel:+44-20-7946-0958;ext=123", "+442079460958")]
    public void DropsTheTelPrefix(string input, string expected)
    {
        var result = PhoneNumberNormalizer.Normalize(input, "GB");

        Assert.Equal(expected, result.Value);
        Assert.Null(result.Channel);
    }

    [Theory]
    [InlineData("", "The address is empty: enter a phone number, a short code or a sender ID")]
    [InlineData("   ", "The address is empty: enter a phone number, a short code or a sender ID")]
    [InlineData("Switchboard Inc", "'Switchboard Inc' is too long for a sender ID: at most 11 letters, digits and spaces")]
    [InlineData("Café", "'Café' is neither a phone number nor a sender ID: phone numbers have no letters, and sender IDs use only the letters A to Z, digits and spaces")]
    [InlineData("1-800-FLOWERS", "'1-800-FLOWERS' is neither a phone number nor a sender ID: phone numbers have no letters, and sender IDs use only the letters A to Z, digits and spaces")]
    [InlineData("+1 415 555 0123 #2", "'+1 415 555 0123 #2' contains '#', which cannot be part of a phone number")]
    [InlineData("415+555+0123", "'415+555+0123' has a '+' that is not at the start")]
    [InlineData("++14155550123", "'++14155550123' has a '+' that is not at the start")]
    [InlineData("+", "'+' has no digits")]
    [InlineData("( ) -", "'( ) -' has no digits")]
    [InlineData("whatsapp:", "'whatsapp:' has no number in it")]
    [InlineData("whatsapp:12345", "'whatsapp:12345' needs a full phone number after 'whatsapp:'")]
    [InlineData("whatsapp:ACME", "'whatsapp:ACME' needs a full phone number after 'whatsapp:'")]
    [InlineData("messenger:123456", "'messenger:123456' starts with 'messenger:', which is not a channel we know; use a phone number or whatsapp:+number")]
    public void RefusesWhatIsNoSenderWithAReasonAPersonCanActOn(string input, string error)
    {
        var result = PhoneNumberNormalizer.Normalize(input, "US");

        Assert.False(result.IsValid);
        Assert.Equal(SenderKind.Invalid, result.Kind);
        Assert.Null(result.Value);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void NormalisesTheSameNumberWrittenFiveWaysToOneValue()
    {
        string[] inputs = ["(415) 555-0123", "+1 415 555 0123", "1.415.555.0123", "011 1 415 555 0123", "tel:+14155550123"];

        var values = inputs.Select(input => PhoneNumberNormalizer.Normalize(input, "US").Value).Distinct().ToList();

        Assert.Equal(["+14155550123"], values);
    }
}
