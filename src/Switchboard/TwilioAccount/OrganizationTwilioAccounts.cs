using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Tenancy;
using Switchboard.Twilio.Rest;
using Switchboard.TwilioAccount.Credentials;

namespace Switchboard.TwilioAccount;

/// <summary>
/// The Twilio account an organisation sends with and whose token signs its webhooks: its own
/// credentials when it has set them, otherwise the deployment's account. Decrypted credentials are
/// cached per organisation (<see cref="TwilioCredentialCache"/>).
/// </summary>
public sealed partial class OrganizationTwilioAccounts(
    IServiceProvider services, ITenantContext tenant, TwilioCredentialCache cache, TwilioSecretProtector secrets,
    DeploymentTwilioAccount deployment, ITwilioClientFactory clients, ILogger<OrganizationTwilioAccounts> logger)
{
    public async Task<TwilioAccountAccess> ForAsync(Guid organizationId, CancellationToken ct)
    {
        if (!cache.TryGet(organizationId, out var own))
        {
            var generation = cache.Generation;
            OrganizationTwilioCredentials? row;
            using (tenant.AsSystem())
            {
                // Resolved on a miss only: every webhook asks for its token, nearly always from the cache.
                row = await services.GetRequiredService<SwitchboardDbContext>().Set<OrganizationTwilioCredentials>().AsNoTracking().SingleOrDefaultAsync(c => c.OrganizationId == organizationId, ct);
            }

            own = row is null ? null : await AccessOfAsync(row);
            cache.Set(organizationId, own, generation);
        }

        return own ?? await deployment.AccessAsync();
    }

    public async Task<TwilioRestClient> ClientForAsync(Guid organizationId, CancellationToken ct) =>
        (await ForAsync(organizationId, ct)).CreateClient(clients);

    /// <summary>
    /// The token the organisation's webhooks are signed with. An organisation that gave an API key
    /// without its account's auth token cannot have them checked: it gets a random token that no
    /// signature matches, so they are refused (403) rather than trusted unchecked.
    /// </summary>
    public async Task<string> WebhookAuthTokenAsync(Guid organizationId, CancellationToken ct)
    {
        if ((await ForAsync(organizationId, ct)).WebhookAuthToken is { } token)
        {
            return token;
        }

        LogUncheckable(logger, organizationId);
        return Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
    }

    public async Task<TwilioAccountAccess> AccessOfAsync(OrganizationTwilioCredentials row)
    {
        ArgumentNullException.ThrowIfNull(row);
        try
        {
            return await AccessOfAsync(row.AccountSid, secrets.Unprotect(row.ProtectedAuthToken), row.ApiKeySid, secrets.Unprotect(row.ProtectedApiKeySecret));
        }
        catch (CryptographicException error)
        {
            // Never fall back to the deployment's account: messages would leave from the wrong one.
            throw new InvalidOperationException(
                $"The Twilio credentials of organisation {row.OrganizationId} cannot be decrypted: the Data Protection key ring " +
                "that encrypted them is missing (check DataProtection:KeysFolder or the data_protection_keys table). Set them again.", error);
        }
    }

    /// <summary>Access through credentials not (yet) stored, e.g. to verify them before saving.</summary>
    public async Task<TwilioAccountAccess> AccessOfAsync(string accountSid, string? authToken, string? apiKeySid, string? apiKeySecret)
    {
        var credentials = apiKeySid is not null
            ? TwilioCredentials.FromApiKey(accountSid, apiKeySid, apiKeySecret!)
            : TwilioCredentials.FromAuthToken(accountSid, authToken!);
        return new TwilioAccountAccess(TwilioAccountSource.Own, credentials, await deployment.ApiBaseUrlAsync(), authToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Organisation {OrganizationId} gave a Twilio API key without its account's auth token, so webhook signatures cannot be checked and its webhooks are refused; add authToken with PUT /api/v1/twilio/credentials")]
    private static partial void LogUncheckable(ILogger logger, Guid organizationId);

    public TwilioRestClient Client(TwilioAccountAccess access) => (access ?? throw new ArgumentNullException(nameof(access))).CreateClient(clients);
}
