using System.Net;
using System.Net.Http.Headers;
using Switchboard.Twilio.Rest;
using Switchboard.Twilio.Tests.Rest.Support;

namespace Switchboard.Twilio.Tests.Rest;

public class RetryTests
{
    private const string TooManyRequests =
        """{"code": 20429, "message": "Too Many Requests", "more_info": "https://www.twilio.com/docs/errors/20429", "status": 429}""";

    private const string ServerError = """{"code": 20500, "message": "An internal server error has occurred", "status": 500}""";

    private static readonly CreateMessageRequest Hello = new() { To = "+15555550100", From = "+15555550199", Body = "hello" };

    [Fact]
    public async Task RetriesAMessageCreateRefusedWith429AndThenSucceeds()
    {
        var (client, handler, time) = Fixture.Client(jitter: 1.0);
        handler.Answer(HttpStatusCode.TooManyRequests, TooManyRequests)
            .Answer(HttpStatusCode.TooManyRequests, TooManyRequests)
            .Answer(HttpStatusCode.Created, Fixture.SpecExample("message-create.json"));

        var message = await client.Messages.CreateAsync(Hello);

        Assert.Equal("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", message.Sid);
        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal(handler.Requests[0].Body, r.Body));
        // Full jitter with the random draw pinned at 1: base × 2^retry.
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)], time.Delays);
    }

    [Fact]
    public async Task HonoursRetryAfterInSecondsAndAsADate()
    {
        var (client, handler, time) = Fixture.Client();
        handler.Answer(HttpStatusCode.TooManyRequests, TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)))
            .Answer(HttpStatusCode.TooManyRequests, TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(time.Now.AddSeconds(7)))
            .Answer(HttpStatusCode.OK, Fixture.SpecExample("account-fetch.json"));

        await client.Account.FetchAsync();

        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(7)], time.Delays);
    }

    [Fact]
    public async Task GivesUpAfterMaxRetriesAndReportsTheLast429()
    {
        var (client, handler, time) = Fixture.Client(options: new TwilioClientOptions { MaxRetries = 2 });
        for (var i = 0; i < 3; i++)
        {
            handler.Answer(HttpStatusCode.TooManyRequests, TooManyRequests);
        }

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.Messages.CreateAsync(Hello));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(2, time.Delays.Count);
        Assert.Equal((429, 20429), (error.HttpStatus, error.Code));
        Assert.True(error.IsRateLimited);
        Assert.False(error.IsOutcomeUnknown);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task RetriesAFetchThatHitAServerError(HttpStatusCode status)
    {
        var (client, handler, time) = Fixture.Client();
        handler.Answer(status, ServerError).Answer(HttpStatusCode.OK, Fixture.SpecExample("message-fetch.json"));

        var message = await client.Messages.FetchAsync("SMb7c0a2ce80504485a6f653a7110836f5");

        Assert.Equal("sent", message.Status);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Single(time.Delays);
    }

    [Fact]
    public async Task RetriesUpdatesAndDeletesThatHitAServerError()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.InternalServerError, ServerError).Answer(HttpStatusCode.OK, Fixture.SpecExample("call-fetch.json"))
            .Answer(HttpStatusCode.ServiceUnavailable, ServerError).Answer(HttpStatusCode.NoContent, string.Empty);

        await client.Calls.UpdateAsync("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", new UpdateCallRequest { Status = "completed" });
        await client.IncomingPhoneNumbers.ReleaseAsync("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task ReportsATimedOutFetchWithoutRetryingIt()
    {
        var (client, handler, _) = Fixture.Client(options: new TwilioClientOptions { RequestTimeout = TimeSpan.FromMilliseconds(50) });
        handler.Hang();

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.Calls.FetchAsync("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));

        Assert.False(error.IsOutcomeUnknown);
        Assert.Null(error.HttpStatus);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task LetsTheCallersCancellationThroughUnwrapped()
    {
        var (client, handler, _) = Fixture.Client();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        handler.Throw(new TaskCanceledException());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Messages.CreateAsync(Hello, cancelled.Token));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task NeverRetriesAClientError(HttpStatusCode status)
    {
        var (client, handler, time) = Fixture.Client();
        handler.Answer(status, """{"code": 21211, "message": "Invalid 'To' Phone Number", "status": 400}""");

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.Messages.FetchAsync("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));

        Assert.Single(handler.Requests);
        Assert.Empty(time.Delays);
        Assert.False(error.IsOutcomeUnknown);
    }

    [Theory]
    [InlineData(0, 0.5, 50)]
    [InlineData(3, 1.0, 800)]
    [InlineData(5, 1.0, 3000)]
    [InlineData(40, 0.25, 750)]
    public void BacksOffWithCappedFullJitter(int retry, double random, int expectedMs)
    {
        var delay = RetryDelay.For(retry, null, new TwilioClientOptions(), DateTimeOffset.UnixEpoch, () => random);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }
}
