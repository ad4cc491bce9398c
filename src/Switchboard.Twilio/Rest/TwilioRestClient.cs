using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Switchboard.Twilio.Rest;

/// <summary>
/// Typed access to Twilio's 2010-04-01 REST API for one set of credentials. Cheap to make:
/// get one per tenant from <see cref="ITwilioClientFactory"/>. The HTTP client is not disposed by it.
/// </summary>
public sealed class TwilioRestClient
{
    public TwilioRestClient(
        HttpClient httpClient,
        TwilioCredentials credentials,
        TwilioClientOptions? options = null,
        Uri? baseUrl = null,
        TimeProvider? timeProvider = null,
        ILogger? logger = null)
        : this(CreateTransport(httpClient, credentials, options, baseUrl, timeProvider, logger))
    {
    }

    internal TwilioRestClient(TwilioTransport transport)
    {
        Transport = transport;
        Messages = new MessagesClient(transport);
        Calls = new CallsClient(transport);
        IncomingPhoneNumbers = new IncomingPhoneNumbersClient(transport);
        AvailablePhoneNumbers = new AvailablePhoneNumbersClient(transport);
        Recordings = new RecordingsClient(transport);
        Account = new AccountClient(transport);
    }

    public string AccountSid => Transport.Credentials.AccountSid;

    public MessagesClient Messages { get; }

    public CallsClient Calls { get; }

    public IncomingPhoneNumbersClient IncomingPhoneNumbers { get; }

    public AvailablePhoneNumbersClient AvailablePhoneNumbers { get; }

    public RecordingsClient Recordings { get; }

    public AccountClient Account { get; }

    internal TwilioTransport Transport { get; }

    private static TwilioTransport CreateTransport(
        HttpClient httpClient, TwilioCredentials credentials, TwilioClientOptions? options, Uri? baseUrl, TimeProvider? timeProvider, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(credentials);
        options ??= new TwilioClientOptions();
        options.EnsureValid();
        baseUrl ??= options.BaseUrl;
        if (!baseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The base URL must be absolute.", nameof(baseUrl));
        }

        return new TwilioTransport(httpClient, credentials, options, baseUrl, timeProvider ?? TimeProvider.System, logger ?? NullLogger.Instance);
    }
}
