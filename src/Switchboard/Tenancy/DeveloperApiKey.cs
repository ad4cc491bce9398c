using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Tenancy;

/// <summary>
/// The sandbox's developer key: a new one at each start (only its hash is stored, so it cannot be
/// shown again), and the previous one revoked.
/// </summary>
public static class DeveloperApiKey
{
    public const string Name = "Sandbox developer key";

    public static async Task<string> RenewAsync(SwitchboardDbContext db, Organization organization, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        foreach (var old in await db.ApiKeys.Where(k => k.Name == Name && k.RevokedAt == null).ToListAsync(ct))
        {
            old.RevokedAt = now;
        }

        var generated = ApiKeyHasher.Generate();
        db.ApiKeys.Add(new ApiKey
        {
            Name = Name, Prefix = generated.Prefix, Hash = generated.Hash, Role = ApiKeyRole.Admin, OrganizationId = organization.Id,
        });
        await db.SaveChangesAsync(ct);
        return generated.Key;
    }
}
