namespace Switchboard.Tenancy;

/// <summary>
/// A query or write touched tenant-owned rows with no tenant set and outside a system scope.
/// Failing loudly is the point: the alternative is returning every organisation's rows.
/// </summary>
public sealed class TenantNotSetException : InvalidOperationException
{
    public TenantNotSetException()
        : base("No tenant is set for this scope. Call ITenantContext.Set(organizationId) first, " +
               "or wrap deliberate cross-tenant work in ITenantContext.AsSystem().")
    {
    }

    public TenantNotSetException(string message) : base(message)
    {
    }

    public TenantNotSetException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
