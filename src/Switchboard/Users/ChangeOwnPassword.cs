using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Switchboard.Audit;
using Switchboard.Data;
using Switchboard.Users.Account;

namespace Switchboard.Users;

/// <summary>
/// <c>POST /api/v1/me/password</c>: a signed-in user replaces their password (for instance the
/// one-time password an admin handed over). Their other sessions end; this one goes on.
/// </summary>
public static class ChangeOwnPassword
{
    public sealed record Request(string? CurrentPassword, string? NewPassword);

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Request request, HttpContext http, SwitchboardDbContext db, UserManager<User> users, AuditLog audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(audit);
        if (!UserSession.IsSession(http.User))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "Only a signed-in user has a password to change; API keys have none.");
        }

        var id = Guid.Parse(http.User.FindFirstValue(UserSession.UserClaim)!);
        var user = await db.Set<User>().SingleAsync(u => u.Id == id, ct);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(request.CurrentPassword) || request.CurrentPassword.Length > UserOptions.MaxPasswordLength
            || !await users.CheckPasswordAsync(user, request.CurrentPassword))
        {
            errors["currentPassword"] = ["currentPassword is not your current password."];
        }

        if (string.IsNullOrEmpty(request.NewPassword))
        {
            errors["newPassword"] = ["newPassword is required."];
        }
        else if (await UserPasswords.ProblemsAsync(users, user, request.NewPassword) is { Length: > 0 } problems)
        {
            errors["newPassword"] = problems;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The password was not changed.");
        }

        UserPasswords.Set(users, user, request.NewPassword!);
        audit.Record("user.password_changed", user.Id.ToString(), new { email = user.Email });
        await audit.SaveAsync(ct);
        // The new stamp ended every session; this one continues with a cookie carrying it.
        await SignIn.StartSessionAsync(http, user);
        return TypedResults.NoContent();
    }
}
