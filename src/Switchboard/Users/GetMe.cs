using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Tenancy;
using Switchboard.Users.Account;

namespace Switchboard.Users;

/// <summary>
/// <c>GET /api/v1/me</c>: who is calling. A signed-in user also gets a fresh CSRF token, which
/// is how a page that was reloaded gets one back.
/// </summary>
public static class GetMe
{
    public sealed record OrganizationPart(Guid Id, string Name);

    public sealed record UserPart(Guid Id, string Email, string Name);

    public sealed record ApiKeyPart(Guid Id, string Name, string Prefix);

    /// <summary><c>kind</c> is "user" or "api_key"; <c>role</c> is "admin" or "agent".</summary>
    public sealed record Response(string Kind, string Role, OrganizationPart Organization, UserPart? User, ApiKeyPart? ApiKey, string? CsrfToken);

    public static async Task<Results<Ok<Response>, NotFound>> HandleAsync(
        HttpContext http, SwitchboardDbContext db, ITenantContext tenant, IAntiforgery antiforgery, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var caller = http.User;
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == tenant.OrganizationId)
            .Select(o => new OrganizationPart(o.Id, o.Name)).SingleOrDefaultAsync(ct);
        if (organization is null)
        {
            return TypedResults.NotFound();
        }

        var role = caller.IsInRole(Roles.Admin) ? Roles.Admin : Roles.Agent;
        if (UserSession.IsSession(caller))
        {
            var id = Guid.Parse(caller.FindFirstValue(UserSession.UserClaim)!);
            var user = await db.Set<User>().AsNoTracking().Where(u => u.Id == id)
                .Select(u => new UserPart(u.Id, u.Email, u.Name)).SingleOrDefaultAsync(ct);
            return user is null
                ? TypedResults.NotFound()
                : TypedResults.Ok(new Response("user", role, organization, user, null, SignIn.Token(http, antiforgery)));
        }

        var key = new ApiKeyPart(
            Guid.Parse(caller.FindFirstValue(ClaimTypes.NameIdentifier)!),
            caller.Identity?.Name ?? "",
            caller.FindFirstValue(ApiKeyAuthenticationHandler.KeyClaim) ?? "");
        return TypedResults.Ok(new Response("api_key", role, organization, null, key, null));
    }
}
