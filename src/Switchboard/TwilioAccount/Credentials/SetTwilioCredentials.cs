using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Audit;
using Switchboard.Data;
using Switchboard.Tenancy;
using Switchboard.Twilio.Rest;

namespace Switchboard.TwilioAccount.Credentials;

/// <summary>
/// <c>PUT /api/v1/twilio/credentials</c>: sets or replaces the organisation's own Twilio account.
/// They are checked against Twilio first (a refusal is 422 naming the field and Twilio's code,
/// and nothing is saved); <c>?verify=false</c> saves unchecked, e.g. while Twilio is unreachable.
/// </summary>
public static partial class SetTwilioCredentials
{
    /// <summary>A class, not a record: no generated <c>ToString</c> may print the token or secret.</summary>
    public sealed class Request
    {
        public string? AccountSid { get; init; }

        /// <summary>The account's auth token: for REST calls, or beside an API key to check webhook signatures.</summary>
        public string? AuthToken { get; init; }

        public string? ApiKeySid { get; init; }

        public string? ApiKeySecret { get; init; }

        public string? Label { get; init; }
    }

    public static async Task<Results<Ok<TwilioCredentialsResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Request request, bool? verify, SwitchboardDbContext db, ITenantContext tenant, OrganizationTwilioAccounts accounts,
        TwilioSecretProtector secrets, TwilioCredentialCache cache, ITwilioClientFactory clients, AuditLog audit,
        HttpContext http, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(http);
        if (Validate(request) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The Twilio credentials are not valid.");
        }

        var access = await accounts.AccessOfAsync(request.AccountSid!, request.AuthToken, request.ApiKeySid, request.ApiKeySecret);
        var check = verify == false ? null : await TwilioCredentialCheck.RunAsync(access, clients, ct);
        if (check is { Ok: false })
        {
            return check.ToProblem();
        }

        var organizationId = tenant.OrganizationId ?? throw new TenantNotSetException();
        var row = await db.Set<OrganizationTwilioCredentials>().SingleOrDefaultAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (row is null)
        {
            row = new OrganizationTwilioCredentials { OrganizationId = organizationId, AccountSid = request.AccountSid!, UpdatedBy = "" };
            db.Add(row);
        }

        row.AccountSid = request.AccountSid!;
        row.ApiKeySid = request.ApiKeySid;
        row.ProtectedApiKeySecret = secrets.Protect(request.ApiKeySecret);
        row.ProtectedAuthToken = secrets.Protect(request.AuthToken);
        row.Label = string.IsNullOrWhiteSpace(request.Label) ? null : request.Label.Trim();
        row.VerifiedAt = check is null ? null : now;
        row.LastVerification = check?.Summary;
        row.UpdatedAt = now;
        row.UpdatedBy = AuditLog.ActorOf(http.User);
        var response = TwilioCredentialsResponse.Of(row);
        audit.Record("twilio.credentials_changed", response.AccountSid,
            new { response.CredentialType, response.ApiKeySid, response.WebhookSignatures, response.Label, verified = check is not null });
        await db.SaveChangesAsync(ct);
        cache.Invalidate(organizationId);
        return TypedResults.Ok(response);
    }

    private static Dictionary<string, string[]> Validate(Request request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.AccountSid is null || !Sid().IsMatch(request.AccountSid) || !request.AccountSid.StartsWith("AC", StringComparison.Ordinal))
        {
            errors["accountSid"] = ["accountSid must be 'AC' followed by 32 hexadecimal characters (Twilio Console, Account Info)."];
        }

        if (request.ApiKeySid is null && request.ApiKeySecret is null && request.AuthToken is null)
        {
            errors["authToken"] = ["Give the account's authToken, or an apiKeySid with its apiKeySecret."];
        }

        if (request.AuthToken is not null && !Token().IsMatch(request.AuthToken))
        {
            errors["authToken"] = ["authToken must be the account's 32 hexadecimal character auth token."];
        }

        if ((request.ApiKeySid is not null || request.ApiKeySecret is not null)
            && (request.ApiKeySid is null || !Sid().IsMatch(request.ApiKeySid) || !request.ApiKeySid.StartsWith("SK", StringComparison.Ordinal)))
        {
            errors["apiKeySid"] = ["apiKeySid must be 'SK' followed by 32 hexadecimal characters."];
        }

        if (request.ApiKeySid is not null && string.IsNullOrWhiteSpace(request.ApiKeySecret))
        {
            errors["apiKeySecret"] = ["apiKeySecret is required with apiKeySid (it is shown once, when the key is created)."];
        }

        if (request.Label is { Length: > 100 })
        {
            errors["label"] = ["label must be at most 100 characters."];
        }

        return errors;
    }

    [GeneratedRegex("^[A-Z]{2}[0-9a-fA-F]{32}$")]
    private static partial Regex Sid();

    [GeneratedRegex("^[0-9a-fA-F]{32}$")]
    private static partial Regex Token();
}
