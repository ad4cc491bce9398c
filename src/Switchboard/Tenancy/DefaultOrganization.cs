using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Tenancy;

/// <summary>
/// The organisation a single-business deployment works in, created on first start. It owns the
/// deployment's own Twilio number and the bootstrap API key.
/// </summary>
public static class DefaultOrganization
{
    public const string Slug = "default";

    public static async Task<Organization> EnsureAsync(SwitchboardDbContext db, ITenantContext tenant, string name, CancellationToken ct)
    {
        Organization? organization;
        using (tenant.AsSystem())
        {
            organization = await db.Organizations.SingleOrDefaultAsync(o => o.Slug == Slug, ct);
            if (organization is null)
            {
                organization = new Organization { Name = name, Slug = Slug };
                db.Organizations.Add(organization);
                await db.SaveChangesAsync(ct);
            }
        }

        tenant.Set(organization.Id);
        return organization;
    }
}
