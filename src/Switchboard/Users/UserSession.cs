using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Switchboard.Api;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Users;

/// <summary>
/// The session cookie of a signed-in user: what it carries, and the check on every request that
/// the user still exists, is active and holds the same security stamp. The role and name are read
/// fresh each time, and the user's organisation becomes the tenant, exactly as for an API key.
/// </summary>
public static class UserSession
{
    public const string Scheme = "Session";
    public const string CookieName = "switchboard.session";
    public const string UserClaim = "switchboard:user";
    public const string StampClaim = "switchboard:security_stamp";

    public static ClaimsPrincipal PrincipalFor(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(ClaimTypes.Name, user.Email),
            new Claim(ClaimTypes.Role, user.Role == UserRole.Admin ? Roles.Admin : Roles.Agent),
            new Claim(ApiKeyAuthenticationHandler.OrganizationClaim, user.OrganizationId.ToString()),
            new Claim(UserClaim, user.Id.ToString()),
            new Claim(StampClaim, user.SecurityStamp),
        ], Scheme));
    }

    public static bool IsSession(ClaimsPrincipal? principal) =>
        principal?.Identity is { IsAuthenticated: true, AuthenticationType: Scheme };

    public static void Configure(CookieAuthenticationOptions cookie, UserOptions users)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        ArgumentNullException.ThrowIfNull(users);
        cookie.Cookie.Name = CookieName;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = users.SessionIdleTimeout;
        cookie.SlidingExpiration = true;
        cookie.LoginPath = "/account/sign-in";
        cookie.Events.OnValidatePrincipal = ValidateAsync;
        cookie.Events.OnRedirectToLogin = context => IsApi(context.Request)
            ? Problem(context.HttpContext, StatusCodes.Status401Unauthorized, "Authentication required",
                "Send an API key as 'Authorization: Bearer <key>', or sign in at /account/sign-in.")
            : Redirect(context);
        cookie.Events.OnRedirectToAccessDenied = context =>
            Problem(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden", "Your role may not do this.");
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var tenant = services.GetRequiredService<ITenantContext>();
        User? user = null;
        if (Guid.TryParse(context.Principal?.FindFirstValue(UserClaim), out var id))
        {
            using (tenant.AsSystem())
            {
                user = await services.GetRequiredService<SwitchboardDbContext>().Set<User>().AsNoTracking()
                    .SingleOrDefaultAsync(u => u.Id == id, context.HttpContext.RequestAborted);
            }
        }

        // Disabling, deleting, a role change and a password reset all change or remove the stamp.
        if (user is null || !user.IsActive || user.SecurityStamp != context.Principal?.FindFirstValue(StampClaim))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }

        tenant.Set(user.OrganizationId);
        context.ReplacePrincipal(PrincipalFor(user));
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(ApiFeature.Prefix, StringComparison.OrdinalIgnoreCase);

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task Problem(HttpContext context, int status, string title, string detail)
    {
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
    }
}
