using Microsoft.Extensions.Options;

namespace Switchboard.Users;

/// <summary>
/// <c>SWITCHBOARD_BOOTSTRAP_ADMIN_EMAIL</c> and <c>SWITCHBOARD_BOOTSTRAP_ADMIN_PASSWORD</c>: when
/// set, an active admin user with that email and password exists in the default organisation
/// from the first start, so a new deployment has someone who can sign in and add the others.
/// </summary>
public sealed class BootstrapAdminOptions
{
    public const string EmailSetting = "SWITCHBOARD_BOOTSTRAP_ADMIN_EMAIL";
    public const string PasswordSetting = "SWITCHBOARD_BOOTSTRAP_ADMIN_PASSWORD";

    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Email);

    // Keep the password out of logs and debugger displays.
    public override string ToString() => $"BootstrapAdminOptions {{ Email = {Email} }}";
}

internal sealed class BootstrapAdminOptionsValidator(IOptions<UserOptions> users) : IValidateOptions<BootstrapAdminOptions>
{
    public ValidateOptionsResult Validate(string? name, BootstrapAdminOptions options)
    {
        var hasEmail = !string.IsNullOrWhiteSpace(options.Email);
        var hasPassword = !string.IsNullOrEmpty(options.Password);
        if (hasEmail != hasPassword)
        {
            return ValidateOptionsResult.Fail(
                $"{BootstrapAdminOptions.EmailSetting} and {BootstrapAdminOptions.PasswordSetting} must be set together (or neither).");
        }

        var failures = new List<string>();
        if (hasEmail && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(options.Email!.Trim()))
        {
            failures.Add($"{BootstrapAdminOptions.EmailSetting} must be an email address such as admin@example.com.");
        }

        // Read only when needed: a bad Users section must be reported once, by its own validator.
        var minimum = hasPassword ? users.Value.MinimumPasswordLength : 0;
        if (hasPassword && (options.Password!.Length < minimum || options.Password.Length > UserOptions.MaxPasswordLength))
        {
            failures.Add($"{BootstrapAdminOptions.PasswordSetting} must be {minimum} to {UserOptions.MaxPasswordLength} characters (see {UserOptions.Section}:MinimumPasswordLength).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
