using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Switchboard.Users;

/// <summary>Passwords an admin sets or the server generates, checked by Identity's validators.</summary>
public static class UserPasswords
{
    // No look-alikes (0/O, 1/l/I), so a password read off a screen is typed right.
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A random password shown once: 20 characters (~117 bits), or the minimum length if longer.</summary>
    public static string Generate(int minimumLength) =>
        RandomNumberGenerator.GetString(Alphabet, Math.Max(20, minimumLength));

    /// <summary>What is wrong with a password, as one message per problem, or none.</summary>
    public static async Task<string[]> ProblemsAsync(UserManager<User> users, User user, string password)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (password.Length > UserOptions.MaxPasswordLength)
        {
            return [$"password must be at most {UserOptions.MaxPasswordLength} characters."];
        }

        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        return [.. problems];
    }

    /// <summary>Sets the hash and a new security stamp (every session of the user ends) and lifts a lockout.</summary>
    public static void Set(UserManager<User> users, User user, string password)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.SecurityStamp = User.NewStamp();
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
    }
}
