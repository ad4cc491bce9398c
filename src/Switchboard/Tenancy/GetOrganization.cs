using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Tenancy;

public static class GetOrganization
{
    public sealed record Response(Guid Id, string Name, string Slug, string DefaultCountry, DateTime CreatedAt);

    public static async Task<Results<Ok<Response>, NotFound>> HandleAsync(SwitchboardDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        // Organisations are not tenant-owned rows, so scope the lookup by hand.
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == tenant.OrganizationId, ct);
        return organization is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new Response(organization.Id, organization.Name, organization.Slug, organization.DefaultCountry, organization.CreatedAt));
    }
}
