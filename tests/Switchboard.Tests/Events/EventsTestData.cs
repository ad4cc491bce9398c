using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Tenancy;

namespace Switchboard.Tests.Events;

/// <summary>Writes organisations, keys and events straight through the app's own DbContext.</summary>
public static class EventsTestData
{
    public static async Task<Guid> DefaultOrganizationIdAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem())
        {
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
            return await db.Organizations.Where(o => o.Slug == DefaultOrganization.Slug).Select(o => o.Id).SingleAsync();
        }
    }

    /// <summary>A second organisation with an API key of the given role; returns its id and the key.</summary>
    public static async Task<(Guid OrganizationId, string ApiKey)> CreateOrganizationAsync(this IServiceProvider services, ApiKeyRole role = ApiKeyRole.Admin)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        var organization = new Organization { Name = "Other business", Slug = $"other-{Guid.NewGuid():N}" };
        db.Organizations.Add(organization);
        var key = ApiKeyHasher.Generate();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(organization.Id);
        db.ApiKeys.Add(new ApiKey { Name = "test", Prefix = key.Prefix, Hash = key.Hash, Role = role });
        await db.SaveChangesAsync();
        return (organization.Id, key.Key);
    }

    /// <summary>Commits one event for the organisation, as a feature would, and returns its id.</summary>
    public static async Task<long> RaiseEventAsync(this IServiceProvider services, Guid organizationId, string type, object data)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(organizationId);
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        var record = db.AddEvent(type, data);
        await db.SaveChangesAsync();
        return record.Id;
    }
}
