using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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

    /// <summary>
    /// Starts the transaction in which an admin is demoted, disabled or deleted, so that two such
    /// changes in one organisation take turns: otherwise two admins demoting each other at the same
    /// instant would both see the other still admin and leave none. On PostgreSQL the organisation's
    /// row is locked until commit; on SQLite write transactions already take turns (one writer, queued
    /// by the in-process write gate). The caller reloads the user inside it before checking.
    /// </summary>
    public static async Task<IDbContextTransaction> TakeTurnAsync(SwitchboardDbContext db, Guid organizationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM organizations WHERE id = {0} FOR UPDATE", [organizationId], ct);
        }

        return transaction;
    }

    public static ProblemHttpResult Refusal(string change) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The last admin cannot be removed",
        detail: $"This user is the organisation's last active admin and cannot be {change}. Make another user an admin first.");
}
