namespace Switchboard.Tenancy;

/// <summary>The organisation a request or job works for, scoped per request or per worker pass.</summary>
public interface ITenantContext
{
    /// <summary>The current organisation, or null before one is known.</summary>
    Guid? OrganizationId { get; }

    /// <summary>True inside <see cref="AsSystem"/>: queries see every organisation's rows.</summary>
    bool IsSystem { get; }

    void Set(Guid organizationId);

    /// <summary>
    /// Runs work across tenants until the returned scope is disposed, e.g. finding the
    /// organisation that owns the number a customer texted. Keep these scopes small and explicit.
    /// </summary>
    IDisposable AsSystem();
}
