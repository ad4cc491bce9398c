namespace Switchboard.Tenancy;

/// <summary>
/// A row that belongs to one organisation. The DbContext filters every query on these by the
/// current tenant and stamps new rows with it; implementing this interface is all it takes.
/// </summary>
public interface ITenantOwned
{
    Guid OrganizationId { get; set; }
}
