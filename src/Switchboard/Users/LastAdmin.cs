using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Users;

/// <summary>An organisation keeps at least one active admin user: nobody can lock everyone out of it.</summary>
public static class LastAdmin
{
    /// <summary>True when <paramref name="user"/> is the organisation's only active admin.</summary>
    public static async Task<bool> IsAsync(SwitchboardDbContext db, User user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        return user is { Role: UserRole.Admin, IsActive: true }
            && !await db.Set<User>().AnyAsync(u => u.Id != user.Id && u.Role == UserRole.Admin && u.DisabledAt == null, ct);
    }

    public static ProblemHttpResult Refusal(string change) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The last admin cannot be removed",
        detail: $"This user is the organisation's last active admin and cannot be {change}. Make another user an admin first.");
}
