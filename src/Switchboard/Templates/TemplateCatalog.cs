using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Templates;

/// <summary>Gives an organisation its starter templates the first time it looks at its templates.</summary>
public sealed class TemplateCatalog(SwitchboardDbContext db, ITenantContext tenant)
{
    public async Task EnsureSeededAsync(CancellationToken ct)
    {
        var organizationId = tenant.OrganizationId ?? throw new TenantNotSetException();
        if (await db.StarterTemplateSeedings.AnyAsync(ct))
        {
            return;
        }

        db.StarterTemplateSeedings.Add(new StarterTemplateSeeding { OrganizationId = organizationId });
        var taken = await db.MessageTemplates.Select(t => t.Name).ToListAsync(ct);
        db.MessageTemplates.AddRange(StarterTemplates.Create(organizationId).Where(t => !taken.Contains(t.Name)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first requests raced; the other one seeded.
            db.ChangeTracker.Clear();
        }
    }
}
