using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Data;
using Switchboard.Tenancy;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Security;

/// <summary>Organisations and keys written straight to the database, for tests that need a second tenant.</summary>
public static class TenantFixtures
{
    public sealed record Tenant(Guid OrganizationId, string AdminKey, string AgentKey);

    public static async Task<Tenant> CreateOrganizationAsync(SwitchboardApp app, string name)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        var organization = new Organization { Name = name, Slug = $"org-{Guid.NewGuid():N}" };
        using (scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem())
        {
            db.Organizations.Add(organization);
            var admin = AddKey(db, organization.Id, ApiKeyRole.Admin);
            var agent = AddKey(db, organization.Id, ApiKeyRole.Agent);
            await db.SaveChangesAsync();
            return new Tenant(organization.Id, admin, agent);
        }
    }

    public static async Task<Guid> DefaultOrganizationIdAsync(SwitchboardApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        using (scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem())
        {
            return await db.Organizations.Where(o => o.Slug == DefaultOrganization.Slug).Select(o => o.Id).SingleAsync();
        }
    }

    /// <summary>A key for an existing organisation (e.g. the default one).</summary>
    public static async Task<string> CreateKeyAsync(SwitchboardApp app, Guid organizationId, ApiKeyRole role)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        using (scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem())
        {
            var key = AddKey(db, organizationId, role);
            await db.SaveChangesAsync();
            return key;
        }
    }

    private static string AddKey(SwitchboardDbContext db, Guid organizationId, ApiKeyRole role)
    {
        var generated = ApiKeyHasher.Generate();
        db.ApiKeys.Add(new ApiKey
        {
            Name = $"test {role}", Prefix = generated.Prefix, Hash = generated.Hash, Role = role, OrganizationId = organizationId,
        });
        return generated.Key;
    }
}
