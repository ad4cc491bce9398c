using Microsoft.Extensions.Options;
using Switchboard.Sandbox;
using Switchboard.Twilio.Rest;

namespace Switchboard.TwilioAccount;

/// <summary>
/// The Twilio account this deployment uses by default: the configured one in live mode, the
/// in-process emulator's in sandbox mode. Organisations with credentials of their own use those
/// instead (<see cref="OrganizationTwilioAccounts"/>).
/// </summary>
public sealed class DeploymentTwilioAccount(
    IOptions<TwilioAccountOptions> options, SandboxEmulator sandbox, ITwilioClientFactory clients)
{
    public TwilioMode Mode => options.Value.Mode;

    public bool TestMode => options.Value.TestMode;

    public async Task<TwilioAccountAccess> AccessAsync()
    {
        if (Mode == TwilioMode.Sandbox)
        {
            var emulator = await sandbox.Started;
            return new TwilioAccountAccess(TwilioAccountSource.Deployment,
                TwilioCredentials.FromAuthToken(emulator.AccountSid, emulator.AuthToken), emulator.BaseAddress, emulator.AuthToken);
        }

        var settings = options.Value;
        return new TwilioAccountAccess(TwilioAccountSource.Deployment,
            TwilioCredentials.FromAuthToken(settings.AccountSid!, settings.AuthToken!), new Uri(settings.ApiBaseUrl), settings.AuthToken);
    }

    /// <summary>Where Twilio's REST API is for every account: the emulator in sandbox mode, so organisations can use its subaccounts.</summary>
    public async Task<Uri> ApiBaseUrlAsync() =>
        Mode == TwilioMode.Sandbox ? (await sandbox.Started).BaseAddress : new Uri(options.Value.ApiBaseUrl);

    public async Task<TwilioRestClient> CreateClientAsync() => (await AccessAsync()).CreateClient(clients);

    /// <summary>The auth token that signs webhooks for this account (never logged).</summary>
    public async Task<string> AuthTokenAsync() => (await AccessAsync()).WebhookAuthToken!;
}
