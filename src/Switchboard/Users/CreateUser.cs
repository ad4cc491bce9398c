using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Switchboard.Users;

/// <summary>
/// <c>POST /api/v1/users</c>: a user in the caller's organisation. Without a password, one is
/// generated and shown in this answer only.
/// </summary>
public static class CreateUser
{
    public const int MaxNameLength = 100;

    public sealed record Request(string? Email, string? Name, string? Role, string? Password);

    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Request request, UserManager<User> users, IOptions<UserOptions> options, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var email = request.Email?.Trim() ?? "";
        var name = request.Name?.Trim() ?? "";
        if (email.Length is 0 or > Account.SignIn.MaxEmailLength || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            errors["email"] = ["email must be an email address such as alice@example.com."];
        }

        if (name.Length is 0 or > MaxNameLength)
        {
            errors["name"] = [$"A name of 1 to {MaxNameLength} characters is required."];
        }

        var role = UserRole.Agent;
        if (request.Role is not null && !UserRoles.TryParse(request.Role, out role))
        {
            errors["role"] = ["role must be \"admin\" or \"agent\"."];
        }

        var now = time.GetUtcNow().UtcDateTime;
        var user = new User { Email = email, NormalizedEmail = users.NormalizeEmail(email), Name = name, Role = role, CreatedAt = now, UpdatedAt = now };
        var generated = request.Password is null ? UserPasswords.Generate(options.Value.MinimumPasswordLength) : null;
        var password = request.Password ?? generated!;
        if (await UserPasswords.ProblemsAsync(users, user, password) is { Length: > 0 } problems)
        {
            errors["password"] = problems;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The user is not valid.");
        }

        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
                ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Email already in use",
                    detail: "Another user signs in with this email; an email names one user across the deployment.")
                : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = [.. result.Errors.Select(e => e.Description)] });
        }

        return TypedResults.Created($"/api/v1/users/{user.Id}", UserResponse.From(user, now) with { OneTimePassword = generated });
    }
}

public static class UserRoles
{
    public static bool TryParse(string value, out UserRole role)
    {
        ArgumentNullException.ThrowIfNull(value);
        role = UserRole.Agent;
        return !int.TryParse(value, out _) && Enum.TryParse(value.Trim(), ignoreCase: true, out role) && Enum.IsDefined(role);
    }
}
