using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Inbound;

namespace Switchboard.Users;

/// <summary>
/// ASP.NET Core Identity's store for <see cref="User"/> on our DbContext: one <c>users</c> table
/// and only the features we use (password, email as user name, security stamp, lockout), instead
/// of the stock EF store's claims, logins, tokens and roles tables. Writes go through the tenant
/// guard like any other row; the email lookups alone see every organisation, because an email
/// names one user deployment-wide and sign-in knows no tenant yet.
/// </summary>
public sealed class UserStore(SwitchboardDbContext db, TimeProvider time) :
    IUserPasswordStore<User>, IUserEmailStore<User>, IUserSecurityStampStore<User>, IUserLockoutStore<User>
{
    private DbSet<User> Users => db.Set<User>();

    public Task<string> GetUserIdAsync(User user, CancellationToken cancellationToken) => Task.FromResult(Checked(user).Id.ToString());

    // The email is the user name.
    public Task<string?> GetUserNameAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(Checked(user).Email);

    public Task SetUserNameAsync(User user, string? userName, CancellationToken cancellationToken) => SetEmailAsync(user, userName, cancellationToken);

    public Task<string?> GetNormalizedUserNameAsync(User user, CancellationToken cancellationToken) => GetNormalizedEmailAsync(user, cancellationToken);

    public Task SetNormalizedUserNameAsync(User user, string? normalizedName, CancellationToken cancellationToken) =>
        SetNormalizedEmailAsync(user, normalizedName, cancellationToken);

    public async Task<IdentityResult> CreateAsync(User user, CancellationToken cancellationToken)
    {
        Users.Add(Checked(user));
        return await SaveAsync(cancellationToken);
    }

    public async Task<IdentityResult> UpdateAsync(User user, CancellationToken cancellationToken)
    {
        Checked(user).UpdatedAt = time.GetUtcNow().UtcDateTime;
        return await SaveAsync(cancellationToken);
    }

    public async Task<IdentityResult> DeleteAsync(User user, CancellationToken cancellationToken)
    {
        Users.Remove(Checked(user));
        return await SaveAsync(cancellationToken);
    }

    public async Task<User?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Guid.TryParse(userId, out var id) ? await Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken) : null;

    public Task<User?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindByEmailAsync(normalizedUserName, cancellationToken);

    public Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        Users.IgnoreQueryFilters().SingleOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);

    public Task SetEmailAsync(User user, string? email, CancellationToken cancellationToken)
    {
        Checked(user).Email = email ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetEmailAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(Checked(user).Email);

    // Admins create users by email; there is no mail-based confirmation step.
    public Task<bool> GetEmailConfirmedAsync(User user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetEmailConfirmedAsync(User user, bool confirmed, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string?> GetNormalizedEmailAsync(User user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(Checked(user).NormalizedEmail);

    public Task SetNormalizedEmailAsync(User user, string? normalizedEmail, CancellationToken cancellationToken)
    {
        Checked(user).NormalizedEmail = normalizedEmail ?? "";
        return Task.CompletedTask;
    }

    public Task SetPasswordHashAsync(User user, string? passwordHash, CancellationToken cancellationToken)
    {
        Checked(user).PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(User user, CancellationToken cancellationToken) => Task.FromResult(Checked(user).PasswordHash);

    public Task<bool> HasPasswordAsync(User user, CancellationToken cancellationToken) => Task.FromResult(Checked(user).PasswordHash is not null);

    public Task SetSecurityStampAsync(User user, string stamp, CancellationToken cancellationToken)
    {
        Checked(user).SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(Checked(user).SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(User user, CancellationToken cancellationToken) =>
        Task.FromResult(Checked(user).LockoutEnd is { } end ? new DateTimeOffset(end, TimeSpan.Zero) : (DateTimeOffset?)null);

    public Task SetLockoutEndDateAsync(User user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        Checked(user).LockoutEnd = lockoutEnd?.UtcDateTime;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(User user, CancellationToken cancellationToken) => Task.FromResult(++Checked(user).AccessFailedCount);

    public Task ResetAccessFailedCountAsync(User user, CancellationToken cancellationToken)
    {
        Checked(user).AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(User user, CancellationToken cancellationToken) => Task.FromResult(Checked(user).AccessFailedCount);

    // Lockout applies to every user; there is no per-user switch to store.
    public Task<bool> GetLockoutEnabledAsync(User user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(User user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        // The DbContext belongs to the request scope.
    }

    private async Task<IdentityResult> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return IdentityResult.Success;
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            // Two requests created the same email at once; the validator's look-up missed the other.
            return IdentityResult.Failed(new IdentityErrorDescriber().DuplicateEmail("(email)"));
        }
    }

    private static User Checked(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user;
    }
}
