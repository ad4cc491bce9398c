using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Tenancy;

/// <summary>
/// <c>SWITCHBOARD_BOOTSTRAP_API_KEY</c>: when set, an admin key with exactly that value exists for
/// the default organisation, so automation and tests can call the API from the first start.
/// </summary>
public static class BootstrapApiKey
{
    public const string Setting = "SWITCHBOARD_BOOTSTRAP_API_KEY";
    public const string Name = "Bootstrap key";
    public const int MinimumLength = 16;

    public static async Task EnsureAsync(SwitchboardDbContext db, Organization organization, string key, CancellationToken ct)
    {
        if (key.Length < MinimumLength || ApiKeyHasher.PrefixOf(key) is not { } prefix)
        {
            throw new InvalidOperationException(
                $"{Setting} must be at least {MinimumLength} characters with no spaces (it is a secret: use a long random value).");
        }

        var hash = ApiKeyHasher.Hash(key);
        var existing = await db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (existing is not null && existing.OrganizationId != organization.Id)
        {
            throw new InvalidOperationException($"{Setting} collides with a key of another organisation; choose another value.");
        }

        if (existing is null)
        {
            db.ApiKeys.Add(new ApiKey { Name = Name, Prefix = prefix, Hash = hash, Role = ApiKeyRole.Admin, OrganizationId = organization.Id });
        }
        else
        {
            // The setting is the source of truth: a changed value or a revoked key is put right.
            existing.Hash = hash;
            existing.Role = ApiKeyRole.Admin;
            existing.RevokedAt = null;
        }

        await db.SaveChangesAsync(ct);
    }
}
