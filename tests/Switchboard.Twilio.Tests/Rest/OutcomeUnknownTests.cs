using System.Net;
using Switchboard.Twilio.Rest;
using Switchboard.Twilio.Tests.Rest.Support;

namespace Switchboard.Twilio.Tests.Rest;

/// <summary>A create that may have happened must never be repeated blindly; the caller is told instead.</summary>
public class OutcomeUnknownTests
{
    private const string ServerError = """{"code": 20500, "message": "An internal server error has occurred", "status": 500}""";

    private static readonly CreateMessageRequest Hello = new() { To = "+15555550100", From = "+15555550199", Body = "hello" };

    [Theory]
    [InlineData("message")]
    [InlineData("call")]
    [InlineData("purchase")]
    public async Task NeverRetriesACreateThatHitAServerErrorAndFlagsTheOutcomeUnknown(string what)
    {
        var (client, handler, time) = Fixture.Client();
        handler.Answer(HttpStatusCode.InternalServerError, ServerError);

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => what switch
        {
            "message" => client.Messages.CreateAsync(Hello),
            "call" => client.Calls.CreateAsync(new CreateCallRequest { To = "+15555550100", From = "+15555550199", Twiml = "<Response/>" }),
            _ => client.IncomingPhoneNumbers.PurchaseAsync(new PurchasePhoneNumberRequest { PhoneNumber = "+15555550100" }),
        });

        Assert.Single(handler.Requests);
        Assert.Empty(time.Delays);
        Assert.True(error.IsOutcomeUnknown);
        Assert.Equal((500, 20500), (error.HttpStatus, error.Code));
        Assert.Contains("look it up before trying again", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlagsACreateThatLostItsConnectionAsOutcomeUnknown()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Throw(new HttpRequestException("Connection reset by peer"));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.Messages.CreateAsync(Hello));

        Assert.True(error.IsOutcomeUnknown);
        Assert.Null(error.HttpStatus);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task FlagsACreateThatTimedOutAsOutcomeUnknown()
    {
        var (client, handler, _) = Fixture.Client(options: new TwilioClientOptions { RequestTimeout = TimeSpan.FromMilliseconds(50) });
        handler.Hang();

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.Messages.CreateAsync(Hello));

        Assert.True(error.IsOutcomeUnknown);
        Assert.Contains("no answer within", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task FlagsACreateWhoseAnswerCannotBeReadAsOutcomeUnknown()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.Created, "{\"sid\": \"SM", "application/json");

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.Messages.CreateAsync(Hello));

        Assert.True(error.IsOutcomeUnknown);
        Assert.Equal(201, error.HttpStatus);
    }

    [Fact]
    public async Task FlagsACreateWhoseBodyWasCutOffAsOutcomeUnknown()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.Created, string.Empty, configure: r => r.Content = new StreamContent(new BrokenStream()));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.Messages.CreateAsync(Hello));

        Assert.True(error.IsOutcomeUnknown);
        Assert.IsType<IOException>(error.InnerException);
    }

    private sealed class BrokenStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new IOException("Connection reset by peer");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new IOException("Connection reset by peer");
    }
}
