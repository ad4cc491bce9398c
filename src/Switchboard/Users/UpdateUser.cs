using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Users;

/// <summary>
/// <c>PATCH /api/v1/users/{id}</c>: <c>name</c>, <c>role</c>, <c>disabled</c>; fields left out
/// stay. A new role or disabling ends the user's sessions (their security stamp changes).
/// </summary>
public static class UpdateUser
{
    public sealed record Request(string? Name, string? Role, bool? Disabled);

    public static async Task<Results<Ok<UserResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, Request request, SwitchboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(db);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = request.Name?.Trim();
        if (name is { Length: 0 or > CreateUser.MaxNameLength })
        {
            errors["name"] = [$"name must be 1 to {CreateUser.MaxNameLength} characters."];
        }

        UserRole? role = null;
        if (request.Role is not null)
        {
            role = UserRoles.TryParse(request.Role, out var parsed) ? parsed : null;
            if (role is null)
            {
                errors["role"] = ["role must be \"admin\" or \"agent\"."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The change is not valid.");
        }

        var user = await db.Set<User>().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        await using var turn = await LastAdmin.TakeTurnAsync(db, user.OrganizationId, ct);
        await db.Entry(user).ReloadAsync(ct);
        var demoted = role is UserRole.Agent && user.Role == UserRole.Admin;
        var disabled = request.Disabled == true && user.IsActive;
        if ((demoted || disabled) && await LastAdmin.IsAsync(db, user, ct))
        {
            return LastAdmin.Refusal(disabled ? "disabled" : "made an agent");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if ((role is { } newRole && newRole != user.Role) || (request.Disabled is { } off && off == user.IsActive))
        {
            user.SecurityStamp = User.NewStamp();
        }

        user.Name = name ?? user.Name;
        user.Role = role ?? user.Role;
        user.DisabledAt = request.Disabled switch
        {
            true => user.DisabledAt ?? now,
            false => null,
            null => user.DisabledAt,
        };
        user.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await turn.CommitAsync(ct);
        return TypedResults.Ok(UserResponse.From(user, now));
    }
}
