using Microsoft.AspNetCore.DataProtection;

namespace Switchboard.Events.Webhooks;

/// <summary>
/// Endpoint secrets must be usable to sign, so they cannot be hashed: they are encrypted with
/// Data Protection, whose keys live in the database (<see cref="Security.DataProtection.DataProtectionKeyRing"/>) so every
/// instance can decrypt them.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Switchboard.Webhooks.EndpointSecret.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
