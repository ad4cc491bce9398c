using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Users;

/// <summary>
/// <c>DELETE /api/v1/users/{id}</c>: removes the user; their sessions end with the row. The audit
/// log keeps naming them by email. To keep the history of a person, disable instead.
/// </summary>
public static class DeleteUser
{
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> HandleAsync(Guid id, SwitchboardDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var user = await db.Set<User>().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        await using var turn = await LastAdmin.TakeTurnAsync(db, user.OrganizationId, ct);
        await db.Entry(user).ReloadAsync(ct);
        if (await LastAdmin.IsAsync(db, user, ct))
        {
            return LastAdmin.Refusal("deleted");
        }

        db.Set<User>().Remove(user);
        await db.SaveChangesAsync(ct);
        await turn.CommitAsync(ct);
        return TypedResults.NoContent();
    }
}
