using System.Net;
using Switchboard.Twilio.Rest;
using Switchboard.Twilio.Tests.Rest.Support;

namespace Switchboard.Twilio.Tests.Rest;

public class PagingTests
{
    [Fact]
    public async Task FollowsNextPageUriAcrossThreePagesRelativeToTheBaseUrl()
    {
        var options = new TwilioClientOptions { BaseUrl = new Uri("http://127.0.0.1:5081") };
        var (client, handler, _) = Fixture.Client(options: options);
        handler.Answer(HttpStatusCode.OK, MessagePage(["SM1", "SM2"], Fixture.AccountPath + "/Messages.json?PageSize=2&Page=1&PageToken=PA1"))
            .Answer(HttpStatusCode.OK, MessagePage(["SM3", "SM4"], Fixture.AccountPath + "/Messages.json?PageSize=2&Page=2&PageToken=PA2"))
            .Answer(HttpStatusCode.OK, MessagePage(["SM5"], null));

        var sids = new List<string?>();
        await foreach (var message in client.Messages.ListAsync(new MessageListFilter { To = "+15555550100" }, pageSize: 2))
        {
            sids.Add(message.Sid);
        }

        Assert.Equal(["SM1", "SM2", "SM3", "SM4", "SM5"], sids);
        Assert.Equal(
            [
                "http://127.0.0.1:5081" + Fixture.AccountPath + "/Messages.json?To=%2B15555550100&PageSize=2",
                "http://127.0.0.1:5081" + Fixture.AccountPath + "/Messages.json?PageSize=2&Page=1&PageToken=PA1",
                "http://127.0.0.1:5081" + Fixture.AccountPath + "/Messages.json?PageSize=2&Page=2&PageToken=PA2",
            ],
            handler.Requests.Select(r => r.Uri.AbsoluteUri));
        Assert.All(handler.Requests, r => Assert.NotNull(r.Message.Headers.Authorization));
    }

    [Fact]
    public async Task StopsReadingPagesWhenTheCallerStops()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, MessagePage(["SM1", "SM2"], Fixture.AccountPath + "/Messages.json?Page=1&PageToken=PA1"));

        await foreach (var message in client.Messages.ListAsync())
        {
            Assert.Equal("SM1", message.Sid);
            break;
        }

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task RefusesToSendCredentialsToAnotherHostNamedAsTheNextPage()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, MessagePage(["SM1"], "https://evil.example.com/2010-04-01/Accounts/AC/Messages.json?Page=1"));

        var error = await Assert.ThrowsAsync<TwilioApiException>(async () =>
        {
            await foreach (var unused in client.Messages.ListAsync())
            {
            }
        });

        Assert.Contains("evil.example.com", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public void RejectsPageSizesTwilioWouldRefuse()
    {
        var (client, _, _) = Fixture.Client();

        Assert.Throws<ArgumentOutOfRangeException>(() => client.Messages.ListAsync(pageSize: 1001));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.Calls.ListAsync(pageSize: 0));
    }

    private static string MessagePage(IEnumerable<string> sids, string? next) => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["messages"] = sids.Select(sid => new Dictionary<string, object?> { ["sid"] = sid, ["status"] = "delivered" }),
        ["next_page_uri"] = next,
        ["page_size"] = 2,
    });
}
