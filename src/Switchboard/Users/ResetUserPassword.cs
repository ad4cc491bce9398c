using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;

namespace Switchboard.Users;

/// <summary>
/// <c>POST /api/v1/users/{id}/password</c>: sets the password given, or generates one shown in
/// this answer only; ends the user's sessions and lifts a lockout.
/// </summary>
public static class ResetUserPassword
{
    public sealed record Request(string? Password);

    public static async Task<Results<Ok<UserResponse>, NotFound, ValidationProblem>> HandleAsync(
        Guid id, Request request, SwitchboardDbContext db, UserManager<User> users, IOptions<UserOptions> options, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var user = await db.Set<User>().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var generated = request.Password is null ? UserPasswords.Generate(options.Value.MinimumPasswordLength) : null;
        var password = request.Password ?? generated!;
        if (await UserPasswords.ProblemsAsync(users, user, password) is { Length: > 0 } problems)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = problems }, title: "The password is not valid.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        UserPasswords.Set(users, user, password);
        user.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(UserResponse.From(user, now) with { OneTimePassword = generated });
    }
}
