using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Audit;
using Switchboard.Data;
using Switchboard.Twilio.Rest;

namespace Switchboard.TwilioAccount.Credentials;

/// <summary>
/// <c>POST /api/v1/twilio/verify</c>: fetches the account from Twilio (or the emulator) with the
/// credentials the organisation uses (its own, else the deployment's) and records the outcome.
/// </summary>
public static class VerifyTwilioCredentials
{
    public sealed record Response(bool Ok, string Source, string AccountSid, string? FriendlyName, string? Status, string? Type);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> HandleAsync(
        SwitchboardDbContext db, OrganizationTwilioAccounts accounts, DeploymentTwilioAccount deployment, ITwilioClientFactory clients,
        AuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var row = await db.Set<OrganizationTwilioCredentials>().SingleOrDefaultAsync(ct);
        var access = row is null ? await deployment.AccessAsync() : await accounts.AccessOfAsync(row);
        var check = await TwilioCredentialCheck.RunAsync(access, clients, ct);
        if (row is not null)
        {
            row.VerifiedAt = check.Ok ? time.GetUtcNow().UtcDateTime : row.VerifiedAt;
            row.LastVerification = check.Summary;
        }

        var source = access.Source == TwilioAccountSource.Own ? "own" : "deployment";
        audit.Record("twilio.verified", MaskedSid.Of(access.AccountSid), new { source, ok = check.Ok, twilioCode = check.Error?.Code });
        await db.SaveChangesAsync(ct);
        return check.Ok
            ? TypedResults.Ok(new Response(true, source, MaskedSid.Of(access.AccountSid), check.Account!.FriendlyName, check.Account.Status, check.Account.Type))
            : check.ToProblem();
    }
}
