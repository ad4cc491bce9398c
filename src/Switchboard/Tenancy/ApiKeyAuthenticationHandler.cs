using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Audit;

namespace Switchboard.Tenancy;

/// <summary>
/// <c>Authorization: Bearer sb_…</c>: finds the key by its prefix, checks its hash in constant
/// time, and makes its organisation the tenant of the request.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IServiceProvider services,
    ITenantContext tenant,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string OrganizationClaim = "switchboard:organization";
    public const string KeyClaim = "switchboard:api_key";

    // Recording every use would turn each read into a write; a minute is precise enough for humans.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    // Resolved only for a request that presents a key: building a DbContext is most of what a
    // request without one would otherwise cost here.
    private SwitchboardDbContext Db => services.GetRequiredService<SwitchboardDbContext>();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = header["Bearer ".Length..].Trim();
        if (ApiKeyHasher.PrefixOf(presented) is not { } prefix)
        {
            return AuthenticateResult.Fail("The bearer token is not a Switchboard API key.");
        }

        ApiKey? key;
        using (tenant.AsSystem())
        {
            key = await Db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        }

        if (key is null || key.RevokedAt is not null || !ApiKeyHasher.Verify(presented, key.Hash))
        {
            if (key is not null)
            {
                await RecordFailureAsync(key, key.RevokedAt is not null ? "revoked key" : "wrong secret");
            }

            // Unknown, revoked and wrong keys look the same to the caller.
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        tenant.Set(key.OrganizationId);
        var now = time.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedPrecision)
        {
            key.LastUsedAt = now;
            await Db.SaveChangesAsync(Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new Claim(ClaimTypes.Name, key.Name),
            new Claim(ClaimTypes.Role, key.Role == ApiKeyRole.Admin ? Roles.Admin : Roles.Agent),
            new Claim(OrganizationClaim, key.OrganizationId.ToString()),
            new Claim(KeyClaim, key.Prefix),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    // A failure against a real key's prefix belongs to that organisation's log: someone holds a
    // revoked key or is guessing. Unknown prefixes have no organisation to log to.
    private async Task RecordFailureAsync(ApiKey key, string reason)
    {
        using (tenant.AsSystem())
        {
            Db.Set<AuditEntry>().Add(new AuditEntry
            {
                OrganizationId = key.OrganizationId,
                Actor = "key:" + key.Prefix,
                Action = "auth.failed",
                Target = key.Id.ToString(),
                Detail = System.Text.Json.JsonSerializer.Serialize(new { reason }),
                IpAddress = Context.Connection.RemoteIpAddress?.ToString(),
                At = time.GetUtcNow().UtcDateTime,
            });
            await Db.SaveChangesAsync(Context.RequestAborted);
        }
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Authentication required",
            detail: "Send an API key as 'Authorization: Bearer <key>'.").ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Forbidden",
            detail: "This API key's role may not do this.").ExecuteAsync(Context);
}
