using Switchboard.Tenancy;

namespace Switchboard.Templates;

/// <summary>
/// Marks that an organisation got the starter templates once, so templates it deleted on purpose
/// do not come back.
/// </summary>
public sealed class StarterTemplateSeeding : ITenantOwned
{
    public Guid OrganizationId { get; set; }

    public DateTime SeededAt { get; set; } = DateTime.UtcNow;
}
