using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Inbound;

namespace Switchboard.Tenancy;

public static class GetOrganization
{
    /// <param name="HelpText">The reply to HELP as customers get it (the generated one when not set).</param>
    /// <param name="HelpTextIsDefault">True while the organisation has not written its own.</param>
    public sealed record Response(
        Guid Id, string Name, string Slug, string DefaultCountry, string HelpText, bool HelpTextIsDefault, DateTime CreatedAt);

    public static async Task<Results<Ok<Response>, NotFound>> HandleAsync(SwitchboardDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        // Organisations are not tenant-owned rows, so scope the lookup by hand.
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == tenant.OrganizationId, ct);
        return organization is null ? TypedResults.NotFound() : TypedResults.Ok(Describe(organization));
    }

    internal static Response Describe(Organization organization) =>
        new(organization.Id, organization.Name, organization.Slug, organization.DefaultCountry,
            InboundConsent.HelpText(organization), organization.HelpText is null, organization.CreatedAt);
}
