namespace Switchboard.Tenancy;

public sealed class TenantContext : ITenantContext
{
    private int _systemDepth;

    public Guid? OrganizationId { get; private set; }

    public bool IsSystem => _systemDepth > 0;

    public void Set(Guid organizationId)
    {
        if (organizationId == Guid.Empty)
        {
            throw new ArgumentException("An organisation id cannot be empty.", nameof(organizationId));
        }

        if (OrganizationId is { } current && current != organizationId)
        {
            // A scope that switched tenants halfway would mix two organisations' data.
            throw new InvalidOperationException(
                $"The tenant of this scope is already {current}; it cannot change to {organizationId}.");
        }

        OrganizationId = organizationId;
    }

    public IDisposable AsSystem()
    {
        _systemDepth++;
        return new SystemScope(this);
    }

    private sealed class SystemScope(TenantContext owner) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            owner._systemDepth--;
        }
    }
}
