using System.Net;
using Microsoft.Extensions.Logging;
using Switchboard.Twilio.Rest;
using Switchboard.Twilio.Tests.Rest.Support;

namespace Switchboard.Twilio.Tests.Rest;

public class CredentialTests
{
    [Theory]
    [InlineData("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("ACgggggggggggggggggggggggggggggggg")]
    [InlineData("")]
    public void RejectsAnAccountSidOfTheWrongShape(string accountSid)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => TwilioCredentials.FromAuthToken(accountSid, Fixture.AuthToken));

        Assert.Equal("accountSid", error.ParamName);
    }

    [Fact]
    public void RejectsAnApiKeySidThatIsNotAnSkSid()
    {
        var error = Assert.Throws<ArgumentException>(() => TwilioCredentials.FromApiKey(Fixture.AccountSid, Fixture.AccountSid, Fixture.ApiKeySecret));

        Assert.Equal("apiKeySid", error.ParamName);
    }

    [Fact]
    public void RejectsAnEmptySecretWithoutEchoingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => TwilioCredentials.FromAuthToken(Fixture.AccountSid, "   "));

        Assert.Equal("authToken", error.ParamName);
    }

    [Fact]
    public void NeverPrintsTheSecret()
    {
        var token = TwilioCredentials.FromAuthToken(Fixture.AccountSid, Fixture.AuthToken);
        var key = TwilioCredentials.FromApiKey(Fixture.AccountSid, Fixture.ApiKeySid, Fixture.ApiKeySecret);

        Assert.DoesNotContain(Fixture.AuthToken, token.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Fixture.ApiKeySecret, key.ToString(), StringComparison.Ordinal);
        Assert.Contains(Fixture.AccountSid, token.ToString(), StringComparison.Ordinal);
        Assert.Contains(Fixture.ApiKeySid, key.ToString(), StringComparison.Ordinal);
        Assert.False(token.UsesApiKey);
        Assert.True(key.UsesApiKey);
    }

    [Fact]
    public async Task KeepsSecretsOutOfExceptionMessagesEvenWhenTheAnswerEchoesThem()
    {
        var (client, handler, _) = Fixture.Client(options: new TwilioClientOptions { MaxRetries = 0 });
        handler.Answer(HttpStatusCode.BadRequest, $$"""{"code": 20001, "message": "bad token {{Fixture.AuthToken}}", "status": 400}""")
            .Answer(HttpStatusCode.BadGateway, $"upstream said {Fixture.AuthToken}", "text/plain")
            .Throw(new HttpRequestException($"proxy rejected {Fixture.AuthToken}"));

        var errors = new List<TwilioApiException>
        {
            await Assert.ThrowsAsync<TwilioApiException>(() => client.Account.FetchAsync()),
            await Assert.ThrowsAsync<TwilioApiException>(() => client.Account.FetchAsync()),
            await Assert.ThrowsAsync<TwilioApiException>(() => client.Account.FetchAsync()),
        };

        Assert.All(errors, e =>
        {
            Assert.DoesNotContain(Fixture.AuthToken, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Fixture.AuthToken, e.TwilioMessage ?? string.Empty, StringComparison.Ordinal);
            Assert.Contains("***", e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task LogsRetriesWithoutSecrets()
    {
        var logger = new ListLogger();
        var handler = new RecordingHandler();
        var time = new InstantTimeProvider();
        var client = new TwilioRestClient(new HttpClient(handler), Fixture.Credentials, timeProvider: time, logger: logger);
        handler.Answer(HttpStatusCode.TooManyRequests, """{"code": 20429, "status": 429}""")
            .Answer(HttpStatusCode.OK, Fixture.SpecExample("account-fetch.json"));

        await client.Account.FetchAsync();

        var line = Assert.Single(logger.Lines);
        Assert.Contains("429", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Fixture.AuthToken, line, StringComparison.Ordinal);
        Assert.DoesNotContain(Fixture.Credentials.BasicAuthParameter, line, StringComparison.Ordinal);
    }

    private sealed class ListLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
