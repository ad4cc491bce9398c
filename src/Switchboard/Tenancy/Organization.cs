namespace Switchboard.Tenancy;

/// <summary>A business using Switchboard: the tenant every other row belongs to.</summary>
public sealed class Organization
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>URL-safe unique handle.</summary>
    public required string Slug { get; set; }

    /// <summary>ISO 3166 country (e.g. "US") used to normalise numbers written without a country code.</summary>
    public string DefaultCountry { get; set; } = "US";

    /// <summary>The reply to HELP; null means a generated default.</summary>
    public string? HelpText { get; set; }

    /// <summary>The consent keyword set as JSON (ConsentKeywordSet.ToJson); null means the default set. Added in 0005.</summary>
    public string? ConsentKeywords { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
