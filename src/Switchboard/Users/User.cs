using Switchboard.Tenancy;

namespace Switchboard.Users;

/// <summary>
/// A person who signs in to the web UI. Belongs to exactly one organisation; the email is unique
/// across the deployment because sign-in finds the user by email before any tenant is known.
/// </summary>
public sealed class User : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public required string Email { get; set; }

    /// <summary>The email as Identity's lookup normaliser writes it (upper case); unique deployment-wide.</summary>
    public required string NormalizedEmail { get; set; }

    public required string Name { get; set; }

    public UserRole Role { get; set; } = UserRole.Agent;

    /// <summary>Identity's PBKDF2 hash (format v3); never leaves the server.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Changes whenever credentials, role or status change; sessions carrying an older one end.</summary>
    public string SecurityStamp { get; set; } = NewStamp();

    public int AccessFailedCount { get; set; }

    public DateTime? LockoutEnd { get; set; }

    public DateTime? DisabledAt { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? LastSignedInAt { get; set; }

    public bool IsActive => DisabledAt is null;

    public static string NewStamp() => Guid.NewGuid().ToString("N");
}

public enum UserRole
{
    Admin,
    Agent,
}
