using Microsoft.Extensions.Options;
using Switchboard.Sandbox;
using Switchboard.Twilio.Rest;

namespace Switchboard.TwilioAccount;

/// <summary>
/// The Twilio account this deployment uses by default: the configured one in live mode, the
/// in-process emulator's in sandbox mode. Organisations with credentials of their own come later.
/// </summary>
public sealed class DeploymentTwilioAccount(
    IOptions<TwilioAccountOptions> options, SandboxEmulator sandbox, ITwilioClientFactory clients)
{
    public TwilioMode Mode => options.Value.Mode;

    public bool TestMode => options.Value.TestMode;

    public async Task<TwilioRestClient> CreateClientAsync()
    {
        if (Mode == TwilioMode.Sandbox)
        {
            var emulator = await sandbox.Started;
            return clients.Create(TwilioCredentials.FromAuthToken(emulator.AccountSid, emulator.AuthToken), emulator.BaseAddress);
        }

        var settings = options.Value;
        return clients.Create(
            TwilioCredentials.FromAuthToken(settings.AccountSid!, settings.AuthToken!), new Uri(settings.ApiBaseUrl));
    }

    /// <summary>The auth token that signs webhooks for this account (never logged).</summary>
    public async Task<string> AuthTokenAsync() =>
        Mode == TwilioMode.Sandbox ? (await sandbox.Started).AuthToken : options.Value.AuthToken!;
}
