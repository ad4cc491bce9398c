using Switchboard.Tenancy;

namespace Switchboard.Audit;

/// <summary>One thing someone did (or tried) in an organisation: who, what, to what, from where, when.</summary>
public sealed class AuditEntry : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    /// <summary>"key:sb_abc123456" for an API key (its prefix, never the key), "user:alice@example.com" for a person.</summary>
    public required string Actor { get; set; }

    /// <summary>Dotted words: "api_key.created", "message.sent", "auth.failed".</summary>
    public required string Action { get; set; }

    public string? Target { get; set; }

    /// <summary>A small JSON object of non-secret facts (a recipient, a name, a role).</summary>
    public string? Detail { get; set; }

    public string? IpAddress { get; set; }

    public DateTime At { get; set; } = DateTime.UtcNow;
}
