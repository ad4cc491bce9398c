using Microsoft.Extensions.Options;

namespace Switchboard.Users;

/// <summary>The <c>Users</c> section: password length, lockout and how long an idle session lasts.</summary>
public sealed class UserOptions
{
    public const string Section = "Users";
    public const int MaxPasswordLength = 256;

    /// <summary>
    /// NIST SP 800-63B: length is what makes a password strong, so 12 characters and no rules about
    /// digits or symbols (which only push people to "Password1!").
    /// </summary>
    public int MinimumPasswordLength { get; set; } = 12;

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A session cookie expires after this long without a request (sliding).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);
}

internal sealed class UserOptionsValidator : IValidateOptions<UserOptions>
{
    public ValidateOptionsResult Validate(string? name, UserOptions options)
    {
        var failures = new List<string>();
        if (options.MinimumPasswordLength is < 8 or > 128)
        {
            failures.Add($"{UserOptions.Section}:MinimumPasswordLength must be from 8 to 128.");
        }

        if (options.MaxFailedAttempts is < 1 or > 100)
        {
            failures.Add($"{UserOptions.Section}:MaxFailedAttempts must be from 1 to 100.");
        }

        if (options.LockoutDuration < TimeSpan.FromMinutes(1) || options.LockoutDuration > TimeSpan.FromDays(1))
        {
            failures.Add($"{UserOptions.Section}:LockoutDuration must be from 00:01:00 to 1.00:00:00.");
        }

        if (options.SessionIdleTimeout < TimeSpan.FromMinutes(5) || options.SessionIdleTimeout > TimeSpan.FromDays(30))
        {
            failures.Add($"{UserOptions.Section}:SessionIdleTimeout must be from 00:05:00 to 30.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
