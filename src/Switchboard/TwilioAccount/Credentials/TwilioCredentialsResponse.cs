namespace Switchboard.TwilioAccount.Credentials;

/// <summary>An organisation's own credentials as the API shows them: never a token or secret, SIDs masked.</summary>
public sealed record TwilioCredentialsResponse(
    string AccountSid,
    string CredentialType,
    string? ApiKeySid,
    bool HasWebhookAuthToken,
    string WebhookSignatures,
    string? Label,
    DateTime? VerifiedAt,
    string? LastVerification,
    DateTime UpdatedAt,
    string UpdatedBy)
{
    public static TwilioCredentialsResponse Of(OrganizationTwilioCredentials row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            MaskedSid.Of(row.AccountSid),
            row.ApiKeySid is null ? "auth_token" : "api_key",
            row.ApiKeySid is { } key ? MaskedSid.Of(key) : null,
            row.ProtectedAuthToken is not null,
            row.ProtectedAuthToken is not null ? "checked" : "needs_auth_token",
            row.Label,
            row.VerifiedAt,
            row.LastVerification,
            row.UpdatedAt,
            row.UpdatedBy);
    }
}

/// <summary>A SID shown as its prefix and last four characters (<c>AC…1234</c>): enough to recognise, too little to use.</summary>
public static class MaskedSid
{
    public static string Of(string sid) =>
        sid is { Length: > 6 } ? $"{sid[..2]}…{sid[^4..]}" : "…";
}
