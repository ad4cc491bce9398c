using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Switchboard.Twilio.Rest;

/// <summary>Makes a <see cref="TwilioRestClient"/> for one tenant's credentials.</summary>
public interface ITwilioClientFactory
{
    /// <param name="credentials">The tenant's account SID and auth token or API key.</param>
    /// <param name="baseUrl">Overrides <see cref="TwilioClientOptions.BaseUrl"/>, for example to reach the emulator.</param>
    TwilioRestClient Create(TwilioCredentials credentials, Uri? baseUrl = null);
}

/// <summary>
/// Builds clients on the named <see cref="IHttpClientFactory"/> client, so connections are pooled
/// across tenants while each client carries its own credentials per request.
/// </summary>
public sealed class TwilioClientFactory(
    IHttpClientFactory httpClientFactory, IOptions<TwilioClientOptions> options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    : ITwilioClientFactory
{
    public TwilioRestClient Create(TwilioCredentials credentials, Uri? baseUrl = null) => new(
        httpClientFactory.CreateClient(TwilioClientOptions.HttpClientName),
        credentials,
        options.Value,
        baseUrl,
        timeProvider,
        loggerFactory.CreateLogger<TwilioRestClient>());
}
