namespace Switchboard.Tenancy;

/// <summary>
/// A bearer key for the REST API. Only its hash is stored; <see cref="Prefix"/> finds the row
/// and is what humans see in lists. See <see cref="ApiKeyHasher"/>.
/// </summary>
public sealed class ApiKey : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    /// <summary>Lowercase hex SHA-256 of the full key.</summary>
    public required string Hash { get; set; }

    public ApiKeyRole Role { get; set; } = ApiKeyRole.Agent;

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}

public enum ApiKeyRole
{
    Admin,
    Agent,
}
