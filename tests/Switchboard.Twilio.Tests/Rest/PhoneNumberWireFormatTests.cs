using System.Net;
using Switchboard.Twilio.Rest;
using Switchboard.Twilio.Tests.Rest.Support;

namespace Switchboard.Twilio.Tests.Rest;

public class PhoneNumberWireFormatTests
{
    [Theory]
    [InlineData(AvailablePhoneNumberType.Local, "Local")]
    [InlineData(AvailablePhoneNumberType.TollFree, "TollFree")]
    [InlineData(AvailablePhoneNumberType.Mobile, "Mobile")]
    public async Task SearchesAvailableNumbersOfEachType(AvailablePhoneNumberType type, string segment)
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("available-phone-numbers-local.json"));

        await client.AvailablePhoneNumbers.SearchAsync("us", type, new AvailablePhoneNumberFilter
        {
            AreaCode = 415,
            Contains = "55*",
            SmsEnabled = true,
            VoiceEnabled = false,
            InRegion = "CA",
            InPostalCode = "94105",
            PageSize = 3,
        });

        Assert.Equal(
            $"{Fixture.AccountPath}/AvailablePhoneNumbers/US/{segment}.json?AreaCode=415&Contains=55%2A&SmsEnabled=true&VoiceEnabled=false&InPostalCode=94105&InRegion=CA&PageSize=3",
            Assert.Single(handler.Requests).PathAndQuery);
    }

    [Fact]
    public async Task PurchasesANumberWithItsWebhooks()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.Created, Fixture.SpecExample("incoming-phone-number-fetch.json"));

        var number = await client.IncomingPhoneNumbers.PurchaseAsync(new PurchasePhoneNumberRequest
        {
            PhoneNumber = "+18089255327",
            FriendlyName = "Front desk",
            SmsUrl = new Uri("https://hub.example.com/webhooks/twilio/sms"),
            VoiceUrl = new Uri("https://hub.example.com/webhooks/twilio/voice"),
        });

        var request = Assert.Single(handler.Requests);
        Assert.Equal((HttpMethod.Post, Fixture.AccountPath + "/IncomingPhoneNumbers.json"), (request.Method, request.PathAndQuery));
        Assert.Equal(
            "PhoneNumber=%2B18089255327&FriendlyName=Front%20desk&SmsUrl=https%3A%2F%2Fhub.example.com%2Fwebhooks%2Ftwilio%2Fsms"
            + "&VoiceUrl=https%3A%2F%2Fhub.example.com%2Fwebhooks%2Ftwilio%2Fvoice",
            request.BodyText);
        Assert.Equal("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", number.Sid);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("+18089255327", "808")]
    public async Task NeedsExactlyOneOfPhoneNumberOrAreaCodeToPurchase(string? phoneNumber, string? areaCode)
    {
        var (client, handler, _) = Fixture.Client();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.IncomingPhoneNumbers.PurchaseAsync(new PurchasePhoneNumberRequest { PhoneNumber = phoneNumber, AreaCode = areaCode }));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task UpdatesReleasesAndListsOwnedNumbers()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("incoming-phone-number-fetch.json"))
            .Answer(HttpStatusCode.NoContent, string.Empty)
            .Answer(HttpStatusCode.OK, Fixture.SpecExample("incoming-phone-numbers-page.json"));

        await client.IncomingPhoneNumbers.UpdateAsync("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            new UpdateIncomingPhoneNumberRequest { SmsUrl = new Uri("https://hub.example.com/sms"), SmsMethod = "POST", VoiceCallerIdLookup = true });
        await client.IncomingPhoneNumbers.ReleaseAsync("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        await client.IncomingPhoneNumbers.ListPageAsync(new IncomingPhoneNumberListFilter { PhoneNumber = "+1808" });

        var item = Fixture.AccountPath + "/IncomingPhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json";
        Assert.Equal(
            [(HttpMethod.Post, item), (HttpMethod.Delete, item), (HttpMethod.Get, Fixture.AccountPath + "/IncomingPhoneNumbers.json?PhoneNumber=%2B1808")],
            handler.Requests.Select(r => (r.Method, r.PathAndQuery)));
        Assert.Equal("SmsUrl=https%3A%2F%2Fhub.example.com%2Fsms&SmsMethod=POST&VoiceCallerIdLookup=true", handler.Requests[0].BodyText);
    }

    [Fact]
    public async Task EscapesASidSoItCannotChangeThePath()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("incoming-phone-number-fetch.json"));

        await client.IncomingPhoneNumbers.FetchAsync("PN1/../../Calls");

        Assert.Equal(Fixture.AccountPath + "/IncomingPhoneNumbers/PN1%2F..%2F..%2FCalls.json", Assert.Single(handler.Requests).Uri.AbsolutePath);
    }
}
