using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Switchboard.Tenancy;

namespace Switchboard.Users;

/// <summary>
/// The admin users start-up ensures in the default organisation: the bootstrap admin of the
/// settings, and in sandbox mode a demo admin with a new password at each start (printed in the
/// banner like the developer API key, never logged).
/// </summary>
public sealed class AdminAccounts(UserManager<User> users, IOptions<UserOptions> options, TimeProvider time)
{
    public const string SandboxAdminEmail = "admin@sandbox.switchboard.test";

    public async Task EnsureBootstrapAsync(Organization organization, BootstrapAdminOptions bootstrap, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bootstrap);
        var (user, created) = await EnsureAdminAsync(organization, bootstrap.Email!.Trim(), "Administrator", BootstrapAdminOptions.EmailSetting);
        // The settings are the source of truth, but an unchanged password keeps existing sessions.
        if (user.PasswordHash is null || users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash, bootstrap.Password!) == PasswordVerificationResult.Failed)
        {
            UserPasswords.Set(users, user, bootstrap.Password!);
        }

        await SaveAsync(user, created, ct);
    }

    /// <summary>The sandbox's demo admin with a fresh password; returns the password to print.</summary>
    public async Task<string> RenewSandboxAdminAsync(Organization organization, CancellationToken ct)
    {
        var (user, created) = await EnsureAdminAsync(organization, SandboxAdminEmail, "Sandbox admin", "the sandbox admin");
        var password = UserPasswords.Generate(options.Value.MinimumPasswordLength);
        UserPasswords.Set(users, user, password);
        await SaveAsync(user, created, ct);
        return password;
    }

    private async Task<(User User, bool Created)> EnsureAdminAsync(Organization organization, string email, string name, string setting)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var user = await users.FindByEmailAsync(email);
        if (user is not null && user.OrganizationId != organization.Id)
        {
            throw new InvalidOperationException($"{setting} names a user of another organisation; choose another email.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var created = user is null;
        user ??= new User
        {
            Email = email, NormalizedEmail = users.NormalizeEmail(email), Name = name, OrganizationId = organization.Id, CreatedAt = now,
        };
        if (user.Role != UserRole.Admin || !user.IsActive)
        {
            user.Role = UserRole.Admin;
            user.DisabledAt = null;
            user.SecurityStamp = User.NewStamp();
        }

        return (user, created);
    }

    private async Task SaveAsync(User user, bool created, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var result = created ? await users.CreateAsync(user) : await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not save the admin user {user.Email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
