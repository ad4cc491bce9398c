using Microsoft.AspNetCore.DataProtection;

namespace Switchboard.TwilioAccount.Credentials;

/// <summary>
/// Encrypts the secret parts of organisations' Twilio credentials with Data Protection, under a
/// purpose of their own so no other protected value can be swapped in for them.
/// </summary>
public sealed class TwilioSecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Switchboard.TwilioAccount.Credentials.v1");

    public string? Protect(string? secret) => secret is null ? null : protector.Protect(secret);

    public string? Unprotect(string? protectedSecret) => protectedSecret is null ? null : protector.Unprotect(protectedSecret);
}
