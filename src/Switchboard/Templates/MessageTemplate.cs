using Switchboard.Tenancy;

namespace Switchboard.Templates;

/// <summary>
/// A reusable message with one body per language and named <c>{variables}</c>. Bodies and
/// variables are stored as JSON columns: they are always read and written whole.
/// </summary>
public sealed class MessageTemplate : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public required string Name { get; set; }

    public TemplateCategory Category { get; set; } = TemplateCategory.Other;

    /// <summary>The language used when the recipient's has no body (a key of <see cref="Bodies"/>).</summary>
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>Language (two-letter, lower case) → body.</summary>
    public Dictionary<string, string> Bodies { get; set; } = [];

    public List<TemplateVariable> Variables { get; set; } = [];

    /// <summary>How many messages were sent from this template.</summary>
    public int UsageCount { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>A <c>{name}</c> in the bodies: required unless it has a default or is marked optional.</summary>
public sealed record TemplateVariable(string Name, bool Required = true, string? Default = null);

public enum TemplateCategory
{
    Appointment,
    FollowUp,
    HumanControl,
    Marketing,
    StoreHours,
    Other,
}
