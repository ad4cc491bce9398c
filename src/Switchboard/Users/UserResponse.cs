using System.Text.Json.Serialization;

namespace Switchboard.Users;

/// <summary>
/// A user as the API shows it: never the password hash or the security stamp. A generated
/// password appears once, in the answer to the request that created it.
/// </summary>
public sealed record UserResponse(
    Guid Id, string Email, string Name, UserRole Role, bool Active, DateTime? DisabledAt, DateTime? LockedUntil,
    DateTime CreatedAt, DateTime UpdatedAt, DateTime? LastSignedInAt)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OneTimePassword { get; init; }

    public static UserResponse From(User user, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new UserResponse(
            user.Id, user.Email, user.Name, user.Role, user.IsActive, user.DisabledAt,
            user.LockoutEnd > now ? user.LockoutEnd : null, user.CreatedAt, user.UpdatedAt, user.LastSignedInAt);
    }

    // Keep a generated password out of logs and debugger displays that print records.
    public override string ToString() => $"UserResponse {{ Id = {Id}, Email = {Email}, Role = {Role} }}";
}
