using Switchboard.Tenancy;

namespace Switchboard.Security.ApiKeys;

/// <summary>What lists show about a key: never its hash, never the key itself.</summary>
public sealed record ApiKeyResponse(
    Guid Id, string Name, string Prefix, ApiKeyRole Role, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt)
{
    public static ApiKeyResponse From(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.Id, key.Name, key.Prefix, key.Role, key.CreatedAt, key.LastUsedAt, key.RevokedAt);
    }
}
