using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Api;
using Switchboard.Data;

namespace Switchboard.Users;

/// <summary><c>GET /api/v1/users</c>: the organisation's users by email; filter <c>role</c>; paged.</summary>
public static class ListUsers
{
    public static async Task<Results<Ok<Paged<UserResponse>>, ValidationProblem>> HandleAsync(
        SwitchboardDbContext db, TimeProvider time, string? role, string? page, string? pageSize, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.Parse(page, pageSize, errors);
        var roleFilter = errors.Enum<UserRole>("role", role);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Set<User>().AsNoTracking();
        if (roleFilter is { } wanted)
        {
            query = query.Where(u => u.Role == wanted);
        }

        var now = time.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(await paging.ToPageAsync(query.OrderBy(u => u.NormalizedEmail), u => UserResponse.From(u, now), ct));
    }
}

/// <summary><c>GET /api/v1/users/{id}</c>.</summary>
public static class GetUser
{
    public static async Task<Results<Ok<UserResponse>, NotFound>> HandleAsync(Guid id, SwitchboardDbContext db, TimeProvider time, CancellationToken ct) =>
        await db.Set<User>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct) is { } user
            ? TypedResults.Ok(UserResponse.From(user, time.GetUtcNow().UtcDateTime))
            : TypedResults.NotFound();
}
