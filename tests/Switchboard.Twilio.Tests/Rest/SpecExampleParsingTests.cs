using System.Net;
using Switchboard.Twilio.Rest;
using Switchboard.Twilio.Tests.Rest.Support;

namespace Switchboard.Twilio.Tests.Rest;

/// <summary>Reads the example answers published in Twilio's OpenAPI spec (copied under TestData).</summary>
public class SpecExampleParsingTests
{
    private static readonly DateTimeOffset May24 = new(2019, 5, 24, 17, 18, 27, TimeSpan.Zero);

    [Fact]
    public async Task ReadsAFetchedMessage()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("message-fetch.json"));

        var message = await client.Messages.FetchAsync("SMb7c0a2ce80504485a6f653a7110836f5");

        Assert.Equal("SMb7c0a2ce80504485a6f653a7110836f5", message.Sid);
        Assert.Equal(Fixture.AccountSid, message.AccountSid);
        Assert.Equal("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", message.MessagingServiceSid);
        Assert.Equal(("+12019235161", "+18182008801", "testing"), (message.From, message.To, message.Body));
        Assert.Equal(("sent", "outbound-api"), (message.Status, message.Direction));
        Assert.Equal((1, 0), (message.NumSegments, message.NumMedia));
        Assert.Equal(-0.00750m, message.Price);
        Assert.Equal("USD", message.PriceUnit);
        Assert.Equal(30007, message.ErrorCode);
        Assert.Equal("Carrier violation", message.ErrorMessage);
        Assert.Equal(May24, message.DateCreated);
        Assert.Equal(May24.AddSeconds(1), message.DateSent);
        Assert.Equal("2010-04-01", message.ApiVersion);
        Assert.EndsWith("/Media.json", message.SubresourceUris!["media"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsACreatedMessageWithNullPriceAndErrorCode()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.Created, Fixture.SpecExample("message-create.json"));

        var message = await client.Messages.CreateAsync(new CreateMessageRequest { To = "+14155552345", From = "+14155552345", Body = "Hello! 👍" });

        Assert.Equal("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", message.Sid);
        Assert.Equal("queued", message.Status);
        Assert.Equal("Hello! 👍", message.Body);
        Assert.Null(message.Price);
        Assert.Null(message.ErrorCode);
        Assert.Equal(new DateTimeOffset(2023, 8, 24, 5, 1, 45, TimeSpan.Zero), message.DateCreated);
    }

    [Fact]
    public async Task ReadsAFetchedCall()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("call-fetch.json"));

        var call = await client.Calls.FetchAsync("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

        Assert.Equal("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", call.Sid);
        Assert.Equal("CAdeadbeefdeadbeefdeadbeefdeadbeef", call.ParentCallSid);
        Assert.Equal(("+13051416799", "(305) 141-6799"), (call.From, call.FromFormatted));
        Assert.Equal(("+13051913581", "(305) 191-3581"), (call.To, call.ToFormatted));
        Assert.Equal(("completed", "outbound-api", "machine_start"), (call.Status, call.Direction, call.AnsweredBy));
        Assert.Equal(4, call.Duration);
        Assert.Equal(1000, call.QueueTime);
        Assert.Equal(-0.200m, call.Price);
        Assert.Equal(new DateTimeOffset(2019, 10, 18, 17, 2, 0, TimeSpan.Zero), call.StartTime);
        Assert.Equal(new DateTimeOffset(2019, 10, 18, 17, 3, 0, TimeSpan.Zero), call.EndTime);
        Assert.Equal("TKdeadbeefdeadbeefdeadbeefdeadbeef", call.TrunkSid);
        Assert.True(call.SubresourceUris!.ContainsKey("recordings"));
    }

    [Fact]
    public async Task ReadsAnOwnedNumber()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("incoming-phone-number-fetch.json"));

        var number = await client.IncomingPhoneNumbers.FetchAsync("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

        Assert.Equal(("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "+18089255327", "(808) 925-5327"), (number.Sid, number.PhoneNumber, number.FriendlyName));
        Assert.Equal(new PhoneNumberCapabilities { Voice = true, Sms = false, Mms = true, Fax = false }, number.Capabilities);
        Assert.Equal(("POST", string.Empty, null), (number.SmsMethod, number.SmsUrl, number.VoiceUrl));
        Assert.Equal(false, number.VoiceCallerIdLookup);
        Assert.Equal(("in-use", "local", "none"), (number.Status, number.Type, number.AddressRequirements));
        Assert.Equal(("Active", "registered"), (number.EmergencyStatus, number.EmergencyAddressStatus));
        Assert.Equal("BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", number.BundleSid);
        Assert.Equal(false, number.Beta);
    }

    [Fact]
    public async Task ReadsAvailableNumbersWithStringCoordinates()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("available-phone-numbers-local.json"));

        var numbers = await client.AvailablePhoneNumbers.SearchAsync("US", AvailablePhoneNumberType.Local);

        var number = Assert.Single(numbers);
        Assert.Equal(("+18089251571", "(808) 925-1571"), (number.PhoneNumber, number.FriendlyName));
        Assert.Equal(19.72, number.Latitude);
        Assert.Equal(-155.09, number.Longitude);
        Assert.Equal(("834", "Hilo", "HILO", "HI", "96720", "US"), (number.Lata, number.Locality, number.RateCenter, number.Region, number.PostalCode, number.IsoCountry));
        Assert.Equal(new PhoneNumberCapabilities { Voice = true, Sms = false, Mms = true }, number.Capabilities);
    }

    [Fact]
    public async Task ReadsARecording()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("recording-fetch.json"));

        var recording = await client.Recordings.FetchAsync("REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

        Assert.Equal(("REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
            (recording.Sid, recording.CallSid, recording.ConferenceSid));
        Assert.Equal(("completed", "StartConferenceRecordingAPI"), (recording.Status, recording.Source));
        Assert.Equal((4, 1), (recording.Duration, recording.Channels));
        Assert.Equal(-0.00250m, recording.Price);
        Assert.Null(recording.ErrorCode);
        Assert.Equal(new DateTimeOffset(2016, 10, 14, 21, 56, 34, TimeSpan.Zero), recording.StartTime);
        Assert.EndsWith("/Recordings/REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", recording.MediaUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsTheAccountButNotItsAuthToken()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("account-fetch.json"));

        var account = await client.Account.FetchAsync();

        Assert.Equal((Fixture.AccountSid, "friendly_name", "active", "Full"), (account.Sid, account.FriendlyName, account.Status, account.Type));
        Assert.Equal(new DateTimeOffset(2015, 7, 30, 20, 0, 0, TimeSpan.Zero), account.DateCreated);
        Assert.DoesNotContain("auth_token", account.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReadsAListPageWithItsPagingKeys()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("messages-page.json"));

        var page = await client.Messages.ListPageAsync(pageSize: 2);

        Assert.Equal(["SMded05904ccb347238880ca9264e8fe1c", "MMc26223853f8c46b4ab7dfaa6abba0a26"], page.Items.Select(m => m.Sid));
        Assert.Equal(("received", 30004), (page.Items[1].Status, page.Items[1].ErrorCode));
        Assert.Equal((0, 2, 0, 1), (page.PageNumber, page.PageSize, page.Start, page.End));
        Assert.True(page.HasNextPage);
        Assert.EndsWith("PageToken=PAMMc26223853f8c46b4ab7dfaa6abba0a26", page.NextPageUri, StringComparison.Ordinal);
        Assert.Null(page.PreviousPageUri);
        Assert.Contains("DateSent%3E=2008-01-02", page.FirstPageUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("calls-page.json")]
    [InlineData("incoming-phone-numbers-page.json")]
    [InlineData("recordings-page.json")]
    public async Task ReadsEveryItemOfTheOtherExampleLists(string file)
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample(file));

        IReadOnlyList<string?> sids = file switch
        {
            "calls-page.json" => (await client.Calls.ListPageAsync()).Items.Select(c => c.Sid).ToList(),
            "incoming-phone-numbers-page.json" => (await client.IncomingPhoneNumbers.ListPageAsync()).Items.Select(n => n.Sid).ToList(),
            _ => (await client.Recordings.ListPageAsync()).Items.Select(r => r.Sid).ToList(),
        };

        Assert.NotEmpty(sids);
        Assert.All(sids, sid => Assert.Matches("^(CA|PN|RE)[0-9a-fA-F]{32}$", sid));
    }
}
