using System.Text.Json;
using Switchboard.Twilio.Rest;

namespace Switchboard.Twilio.Tests.Rest;

public class LenientJsonTests
{
    [Theory]
    [InlineData("""{"num_segments": "2", "num_media": 3}""", 2, 3)]
    [InlineData("""{"num_segments": "", "num_media": null}""", null, null)]
    [InlineData("""{"num_segments": "x", "num_media": 1.5}""", null, null)]
    [InlineData("""{}""", null, null)]
    public void ReadsCountsSentAsStringsOrNumbers(string json, int? segments, int? media)
    {
        var message = Read<MessageResource>(json);

        Assert.Equal((segments, media), (message.NumSegments, message.NumMedia));
    }

    [Theory]
    [InlineData("""{"price": "-0.00750"}""", "-0.00750")]
    [InlineData("""{"price": -0.0075}""", "-0.0075")]
    [InlineData("""{"price": null}""", null)]
    [InlineData("""{"price": ""}""", null)]
    public void ReadsPricesSentAsStringsOrNumbers(string json, string? expected)
    {
        var message = Read<MessageResource>(json);

        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), message.Price);
    }

    [Theory]
    [InlineData("Thu, 24 Aug 2023 05:01:45 +0000", "2023-08-24T05:01:45+00:00")]
    [InlineData("Mon, 4 Mar 2024 09:08:07 +0000", "2024-03-04T09:08:07+00:00")]
    [InlineData("Thu, 24 Aug 2023 07:01:45 +0200", "2023-08-24T05:01:45+00:00")]
    [InlineData("2023-08-24T05:01:45Z", "2023-08-24T05:01:45+00:00")]
    public void ReadsDatesInRfc2822AndIso8601(string text, string expected)
    {
        var message = Read<MessageResource>($$"""{"date_created": "{{text}}"}""");

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), message.DateCreated);
    }

    [Fact]
    public void TurnsAnUnreadableDateIntoNull()
    {
        Assert.Null(Read<MessageResource>("""{"date_sent": "yesterday-ish"}""").DateSent);
    }

    [Fact]
    public void KeepsUnknownStatusAndDirectionWordsAsTheyCame()
    {
        var message = Read<MessageResource>("""{"status": "teleported", "direction": "sideways", "error_code": 30008}""");

        Assert.Equal(("teleported", "sideways", 30008), (message.Status, message.Direction, message.ErrorCode));
    }

    [Fact]
    public void ReadsCoordinatesAsNumbersAndCapabilitiesInAnyCase()
    {
        var number = Read<AvailablePhoneNumber>("""{"latitude": 37.5, "longitude": "-122.25", "capabilities": {"Voice": true, "SMS": true, "MMS": false, "fax": "true"}}""");

        Assert.Equal((37.5, -122.25), (number.Latitude, number.Longitude));
        Assert.Equal(new PhoneNumberCapabilities { Voice = true, Sms = true, Mms = false, Fax = true }, number.Capabilities);
    }

    [Fact]
    public void IgnoresFieldsItDoesNotKnow()
    {
        var call = Read<CallResource>("""{"sid": "CA1", "brand_new_field": {"nested": [1, 2]}, "duration": "61"}""");

        Assert.Equal(("CA1", 61), (call.Sid, call.Duration));
    }

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, TwilioJson.Options)!;
}
