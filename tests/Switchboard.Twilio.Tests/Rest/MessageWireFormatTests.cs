using System.Net;
using System.Text;
using Switchboard.Twilio.Rest;
using Switchboard.Twilio.Tests.Rest.Support;

namespace Switchboard.Twilio.Tests.Rest;

public class MessageWireFormatTests
{
    [Fact]
    public async Task SendsAMessageAsTheNodeClientWouldEncodeIt()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.Created, Fixture.SpecExample("message-create.json"));

        await client.Messages.CreateAsync(new CreateMessageRequest
        {
            To = "+15555550100",
            From = "+15555550199",
            MessagingServiceSid = "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            Body = "héllo ✓",
            MediaUrls = [new Uri("https://example.com/a.jpg"), new Uri("https://example.com/b c.png")],
            StatusCallback = new Uri("https://example.com/cb"),
            ValidityPeriod = 600,
            SendAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
            ScheduleType = "fixed",
            SmartEncoded = true,
            ShortenUrls = false,
        });

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://api.twilio.com" + Fixture.AccountPath + "/Messages.json", request.Uri.AbsoluteUri);
        var expected = "To=%2B15555550100&From=%2B15555550199&MessagingServiceSid=MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            + "&Body=h%C3%A9llo%20%E2%9C%93"
            + "&MediaUrl=https%3A%2F%2Fexample.com%2Fa.jpg&MediaUrl=https%3A%2F%2Fexample.com%2Fb%20c.png"
            + "&StatusCallback=https%3A%2F%2Fexample.com%2Fcb&ValidityPeriod=600"
            + "&SendAt=2026-01-02T01%3A04%3A05Z&ScheduleType=fixed&SmartEncoded=true&ShortenUrls=false";
        Assert.Equal(Encoding.ASCII.GetBytes(expected), request.Body);
        Assert.Equal("application/x-www-form-urlencoded", request.Message.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", request.Message.Content.Headers.ContentType.CharSet);
    }

    [Fact]
    public async Task AuthenticatesWithBasicAuthAndAsksForJson()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("message-fetch.json"));

        await client.Messages.FetchAsync("SMb7c0a2ce80504485a6f653a7110836f5");

        var request = Assert.Single(handler.Requests).Message;
        Assert.Equal("Basic", request.Headers.Authorization!.Scheme);
        Assert.Equal(
            Fixture.AccountSid + ":" + Fixture.AuthToken,
            Encoding.UTF8.GetString(Convert.FromBase64String(request.Headers.Authorization.Parameter!)));
        Assert.Equal("application/json", Assert.Single(request.Headers.Accept).MediaType);
        Assert.Contains("Switchboard", request.Headers.UserAgent.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(Fixture.AccountPath + "/Messages/SMb7c0a2ce80504485a6f653a7110836f5.json", request.RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task AuthenticatesWithTheApiKeyButKeepsTheAccountInThePath()
    {
        var credentials = TwilioCredentials.FromApiKey(Fixture.AccountSid, Fixture.ApiKeySid, Fixture.ApiKeySecret);
        var (client, handler, _) = Fixture.Client(credentials);
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("account-fetch.json"));

        await client.Account.FetchAsync();

        var request = Assert.Single(handler.Requests);
        Assert.Equal(Fixture.AccountPath + ".json", request.PathAndQuery);
        Assert.Equal(
            Fixture.ApiKeySid + ":" + Fixture.ApiKeySecret,
            Encoding.UTF8.GetString(Convert.FromBase64String(request.Message.Headers.Authorization!.Parameter!)));
    }

    [Fact]
    public async Task CancelsWithStatusCanceledAndRedactsWithAnEmptyBody()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("message-fetch.json"))
            .Answer(HttpStatusCode.OK, Fixture.SpecExample("message-fetch.json"));

        await client.Messages.CancelAsync("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        await client.Messages.RedactAsync("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

        Assert.All(handler.Requests, r => Assert.Equal(Fixture.AccountPath + "/Messages/SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json", r.PathAndQuery));
        Assert.Equal("Status=canceled", handler.Requests[0].BodyText);
        Assert.Equal("Body=", handler.Requests[1].BodyText);
    }

    [Fact]
    public async Task DeletesWithDeleteAndAcceptsAnEmptyAnswer()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.NoContent, string.Empty);

        await client.Messages.DeleteAsync("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Empty(request.Body);
    }

    [Fact]
    public async Task EncodesListFiltersWithAngleBracketsInTheirNames()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("messages-page.json"));

        await client.Messages.ListPageAsync(
            new MessageListFilter { To = "+123456789", DateSentAfter = new DateTimeOffset(2008, 1, 2, 0, 0, 0, TimeSpan.Zero) }, pageSize: 2);

        Assert.Equal(
            Fixture.AccountPath + "/Messages.json?To=%2B123456789&DateSent%3E=2008-01-02T00%3A00%3A00Z&PageSize=2",
            Assert.Single(handler.Requests).PathAndQuery);
    }

    [Theory]
    [InlineData(null, "+15555550199", "hi", null)]
    [InlineData("+15555550100", null, "hi", null)]
    [InlineData("+15555550100", "+15555550199", null, null)]
    public async Task RefusesAnIncompleteMessageBeforeSendingAnything(string? to, string? from, string? body, string? contentSid)
    {
        var (client, handler, _) = Fixture.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Messages.CreateAsync(
            new CreateMessageRequest { To = to!, From = from, Body = body, ContentSid = contentSid }));

        Assert.Empty(handler.Requests);
    }
}
