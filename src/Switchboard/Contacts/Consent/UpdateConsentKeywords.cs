using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Inbound;
using Switchboard.Tenancy;

namespace Switchboard.Contacts.Consent;

/// <summary>
/// <c>GET</c> and <c>PUT /api/v1/organization/consent-keywords</c>: the organisation's opt-out,
/// opt-in and help words (default: Twilio's English words and their French twins).
/// </summary>
public static class UpdateConsentKeywords
{
    public sealed record Keywords(IReadOnlyList<string> OptOut, IReadOnlyList<string> OptIn, IReadOnlyList<string> Help)
    {
        public static Keywords Of(ConsentKeywordSet set)
        {
            ArgumentNullException.ThrowIfNull(set);
            return new(set.OptOut, set.OptIn, set.Help);
        }
    }

    public static async Task<Ok<Keywords>> GetAsync(SwitchboardDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == tenant.OrganizationId, ct);
        return TypedResults.Ok(Keywords.Of(InboundConsent.KeywordsOf(organization)));
    }

    public static async Task<Results<Ok<Keywords>, ValidationProblem>> PutAsync(
        Keywords request, SwitchboardDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ConsentKeywordSet set;
        try
        {
            set = ConsentKeywordSet.Create(request.OptOut ?? [], request.OptIn ?? [], request.Help ?? []);
        }
        catch (ArgumentException error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["keywords"] = [error.Message] });
        }

        // Organisations are not tenant-owned rows, so scope the lookup by hand.
        var organization = await db.Organizations.SingleAsync(o => o.Id == tenant.OrganizationId, ct);
        organization.ConsentKeywords = set.ToJson();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Keywords.Of(set));
    }
}
