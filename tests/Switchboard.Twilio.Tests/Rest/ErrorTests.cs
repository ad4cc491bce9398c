using System.Net;
using Switchboard.Twilio.Rest;
using Switchboard.Twilio.Tests.Rest.Support;

namespace Switchboard.Twilio.Tests.Rest;

public class ErrorTests
{
    [Fact]
    public async Task TurnsTwilioErrorBodyIntoExceptionFields()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.BadRequest,
            """{"code": 21211, "message": "The 'To' number 5551234567 is not a valid phone number.", "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}""");

        var error = await Assert.ThrowsAsync<TwilioApiException>(() =>
            client.Messages.CreateAsync(new CreateMessageRequest { To = "5551234567", From = "+15555550199", Body = "hi" }));

        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(21211, error.Code);
        Assert.Equal("The 'To' number 5551234567 is not a valid phone number.", error.TwilioMessage);
        Assert.Equal("https://www.twilio.com/docs/errors/21211", error.MoreInfo);
        Assert.False(error.IsOutcomeUnknown);
        Assert.Contains("21211", error.Message, StringComparison.Ordinal);
        Assert.Contains("POST " + Fixture.AccountPath + "/Messages.json", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway, "<html><body>Bad gateway</body></html>", "text/html", "non-JSON body: <html>")]
    [InlineData(HttpStatusCode.NotFound, "", "text/plain", "empty body")]
    [InlineData(HttpStatusCode.Unauthorized, "[1,2]", "application/json", "non-JSON body: [1,2]")]
    public async Task ExplainsAnErrorWhoseBodyIsNotTwilioJson(HttpStatusCode status, string body, string contentType, string expected)
    {
        var options = new TwilioClientOptions { MaxRetries = 0 };
        var (client, handler, _) = Fixture.Client(options: options);
        handler.Answer(status, body, contentType);

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.Calls.FetchAsync("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));

        Assert.Equal((int)status, error.HttpStatus);
        Assert.Null(error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsAnUnreadableSuccessBodyAsAnApiError()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, "not json", "text/plain");

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.Account.FetchAsync());

        Assert.Equal(200, error.HttpStatus);
        Assert.IsType<System.Text.Json.JsonException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task ReadsAWrongCredentialsAnswerAsCode20003()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.Unauthorized,
            """{"code": 20003, "detail": "Your AccountSid or AuthToken was incorrect.", "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}""");

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => client.Account.FetchAsync());

        Assert.Equal((401, 20003, "Authenticate"), (error.HttpStatus, error.Code, error.TwilioMessage));
        Assert.Single(handler.Requests);
    }
}
