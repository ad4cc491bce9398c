using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Audit;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.TwilioAccount.Credentials;

/// <summary><c>DELETE /api/v1/twilio/credentials</c>: forgets the organisation's own account; it uses the deployment's again.</summary>
public static class RemoveTwilioCredentials
{
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        SwitchboardDbContext db, ITenantContext tenant, TwilioCredentialCache cache, AuditLog audit, CancellationToken ct)
    {
        var row = await db.Set<OrganizationTwilioCredentials>().SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return TypedResults.Problem("The organisation has no Twilio credentials of its own; it uses the deployment's account.",
                statusCode: StatusCodes.Status404NotFound, title: "No Twilio credentials to remove.");
        }

        db.Remove(row);
        audit.Record("twilio.credentials_removed", MaskedSid.Of(row.AccountSid));
        await db.SaveChangesAsync(ct);
        cache.Invalidate(tenant.OrganizationId ?? throw new TenantNotSetException());
        return TypedResults.NoContent();
    }
}
