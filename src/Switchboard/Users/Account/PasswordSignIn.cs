using Microsoft.AspNetCore.Identity;
using Switchboard.Api;
using Switchboard.Audit;
using Switchboard.Security.RateLimits;
using Switchboard.Tenancy;

namespace Switchboard.Users.Account;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInStatus
{
    SignedIn,
    /// <summary>Unknown email or wrong password: the caller is told nothing more.</summary>
    Invalid,
    LockedOut,
    /// <summary>The right password for a disabled account.</summary>
    Disabled,
    Throttled,
}

public sealed record SignInOutcome(SignInStatus Status, User? User = null, TimeSpan RetryAfter = default);

/// <summary>
/// Checks an email and password with Identity's SignInManager (lockout included) in the user's
/// organisation, and writes the audit entries. Runs in a scope of its own, whose tenant becomes
/// the user's organisation once the email is found.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<User> users,
    SignInManager<User> signIn,
    ITenantContext tenant,
    AuditLog audit,
    SignInEmailLimiter limiter,
    TimeProvider time,
    ILogger<PasswordSignIn> logger)
{
    // Hashed once, so that an unknown email costs the same hashing time as a wrong password.
    private static string? dummyHash;

    public async Task<SignInOutcome> AttemptAsync(string email, string password, CancellationToken ct)
    {
        var normalized = users.NormalizeEmail(email.Trim());
        if (!limiter.TryAcquire(normalized, out var retryAfter))
        {
            return new SignInOutcome(SignInStatus.Throttled, RetryAfter: retryAfter);
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            SpendHashingTime(password);
            // No organisation to audit to; the attempted text is not logged (people type passwords into the email field).
            logger.LogInformation("A sign-in named no known user");
            return new SignInOutcome(SignInStatus.Invalid);
        }

        tenant.Set(user.OrganizationId);
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        var actor = AuditLog.UserActor(user.Email);
        if (result.IsLockedOut)
        {
            await RecordAsync("user.locked_out", user, actor, new { email = user.Email, until = user.LockoutEnd }, ct);
            var left = (user.LockoutEnd ?? time.GetUtcNow().UtcDateTime) - time.GetUtcNow().UtcDateTime;
            return new SignInOutcome(SignInStatus.LockedOut, user, left > TimeSpan.Zero ? left : TimeSpan.FromSeconds(1));
        }

        if (!result.Succeeded)
        {
            await RecordAsync("user.sign_in_failed", user, actor, new { email = user.Email, reason = "wrong password" }, ct);
            return new SignInOutcome(SignInStatus.Invalid);
        }

        if (!user.IsActive)
        {
            await RecordAsync("user.sign_in_failed", user, actor, new { email = user.Email, reason = "disabled" }, ct);
            return new SignInOutcome(SignInStatus.Disabled, user);
        }

        user.LastSignedInAt = time.GetUtcNow().UtcDateTime;
        await RecordAsync("user.signed_in", user, actor, new { email = user.Email, role = ApiWords.Of(user.Role) }, ct);
        return new SignInOutcome(SignInStatus.SignedIn, user);
    }

    private async Task RecordAsync(string action, User user, string actor, object detail, CancellationToken ct)
    {
        audit.Record(action, user.Id.ToString(), detail, actor);
        await audit.SaveAsync(ct);
    }

    private void SpendHashingTime(string password)
    {
        dummyHash ??= users.PasswordHasher.HashPassword(null!, Guid.NewGuid().ToString());
        users.PasswordHasher.VerifyHashedPassword(null!, dummyHash, password);
    }
}
