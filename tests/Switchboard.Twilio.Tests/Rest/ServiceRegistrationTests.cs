using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Switchboard.Twilio.Rest;
using Switchboard.Twilio.Tests.Rest.Support;

namespace Switchboard.Twilio.Tests.Rest;

public class ServiceRegistrationTests
{
    [Fact]
    public async Task MakesAClientPerTenantOnTheNamedHttpClient()
    {
        var handler = new RecordingHandler()
            .Answer(HttpStatusCode.OK, Fixture.SpecExample("account-fetch.json"))
            .Answer(HttpStatusCode.OK, Fixture.SpecExample("account-fetch.json"));
        var services = new ServiceCollection();
        services.AddTwilioRestClient(o => o.BaseUrl = new Uri("http://127.0.0.1:5081"));
        services.AddHttpClient(TwilioClientOptions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ITwilioClientFactory>();
        var other = TwilioCredentials.FromAuthToken("AC" + new string('b', 32), "another-token");

        await factory.Create(Fixture.Credentials).Account.FetchAsync();
        await factory.Create(other, new Uri("https://api.twilio.com")).Account.FetchAsync();

        Assert.Equal("http://127.0.0.1:5081" + Fixture.AccountPath + ".json", handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal("https://api.twilio.com/2010-04-01/Accounts/AC" + new string('b', 32) + ".json", handler.Requests[1].Uri.AbsoluteUri);
        Assert.NotEqual(handler.Requests[0].Message.Headers.Authorization, handler.Requests[1].Message.Headers.Authorization);
    }

    [Fact]
    public void RejectsOptionsThatCannotWork()
    {
        var services = new ServiceCollection();
        services.AddTwilioRestClient(o => o.RequestTimeout = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TwilioClientOptions>>().Value);

        Assert.Contains("RequestTimeout", error.Message, StringComparison.Ordinal);
    }
}
