namespace Switchboard.Twilio.Rest;

/// <summary>The account itself.</summary>
public sealed class AccountClient
{
    private readonly TwilioTransport transport;

    internal AccountClient(TwilioTransport transport) => this.transport = transport;

    /// <summary>Reads the account; a 401 (code 20003) means the credentials are wrong.</summary>
    public Task<AccountResource> FetchAsync(CancellationToken cancellationToken = default) =>
        transport.GetJsonAsync<AccountResource>(transport.AccountPath + ".json", cancellationToken);
}
