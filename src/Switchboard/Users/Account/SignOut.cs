using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Switchboard.Audit;
using Switchboard.Data;

namespace Switchboard.Users.Account;

/// <summary>
/// <c>POST /account/sign-out</c> (with the CSRF token): ends the session. The cookie is a
/// self-contained ticket that a copy would keep alive, so the user's security stamp changes too,
/// which ends every session of that user, on every device.
/// </summary>
public static class SignOut
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, IAntiforgery antiforgery, SwitchboardDbContext db, AuditLog audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(audit);
        if (UserSession.IsSession(http.User))
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return SessionCsrfGuard.Refusal();
            }

            var id = Guid.Parse(http.User.FindFirstValue(UserSession.UserClaim)!);
            // The session check has made the user's organisation the tenant.
            if (await db.Set<User>().SingleOrDefaultAsync(u => u.Id == id, ct) is { } user)
            {
                user.SecurityStamp = User.NewStamp();
                audit.Record("user.signed_out", user.Id.ToString(), new { email = user.Email });
                await audit.SaveAsync(ct);
            }

            await http.SignOutAsync(UserSession.Scheme);
        }

        return http.Request.HasFormContentType ? SignInForm.SeeOther(http, "/account/sign-in") : TypedResults.NoContent();
    }
}
