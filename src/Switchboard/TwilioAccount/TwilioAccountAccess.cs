using Switchboard.Twilio.Rest;

namespace Switchboard.TwilioAccount;

/// <summary>Whose Twilio account an organisation uses: its own, or the deployment's.</summary>
public enum TwilioAccountSource
{
    Own,
    Deployment,
}

/// <summary>
/// What it takes to reach one Twilio account: credentials for REST calls, where the API is, and
/// the auth token Twilio signs that account's webhooks with (null when only an API key is known).
/// </summary>
/// <remarks>A class, not a record: no generated <c>ToString</c> ever prints the token.</remarks>
public sealed class TwilioAccountAccess(TwilioAccountSource source, TwilioCredentials credentials, Uri apiBaseUrl, string? webhookAuthToken)
{
    public TwilioAccountSource Source { get; } = source;

    public TwilioCredentials Credentials { get; } = credentials;

    public string AccountSid => Credentials.AccountSid;

    public Uri ApiBaseUrl { get; } = apiBaseUrl;

    /// <summary>The account's auth token, for webhook signatures only; never logged or returned.</summary>
    public string? WebhookAuthToken { get; } = webhookAuthToken;

    public TwilioRestClient CreateClient(ITwilioClientFactory clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return clients.Create(Credentials, ApiBaseUrl);
    }

    public override string ToString() => $"Twilio {Source} account {AccountSid}";
}
