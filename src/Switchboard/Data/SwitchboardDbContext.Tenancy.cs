using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Switchboard.Tenancy;

namespace Switchboard.Data;

public sealed partial class SwitchboardDbContext
{
    private static readonly MethodInfo FilterMethod = typeof(SwitchboardDbContext)
        .GetMethod(nameof(FilterToTenant), BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>
    /// What the tenant query filter compares with: the current organisation, null inside a system
    /// scope (no filtering), and otherwise an exception, so a forgotten tenant fails the query.
    /// </summary>
    internal Guid? TenantFilterOrganizationId =>
        tenant.IsSystem ? null : tenant.OrganizationId ?? throw new TenantNotSetException();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardTenantWrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardTenantWrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The one place tenant filtering is declared: every ITenantOwned entity in the model gets it.
    private void ApplyTenantFilters(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                FilterMethod.MakeGenericMethod(entityType.ClrType).Invoke(this, [modelBuilder]);
            }
        }
    }

    private void FilterToTenant<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, ITenantOwned =>
        modelBuilder.Entity<TEntity>().HasQueryFilter(
            e => TenantFilterOrganizationId == null || e.OrganizationId == TenantFilterOrganizationId);

    /// <summary>Stamps new tenant rows with the current tenant and refuses writes to another tenant's rows.</summary>
    private void GuardTenantWrites()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    GuardAdded(entry);
                    break;
                case EntityState.Modified or EntityState.Deleted:
                    GuardExisting(entry);
                    break;
            }
        }
    }

    private void GuardAdded(EntityEntry<ITenantOwned> entry)
    {
        var row = entry.Entity;
        if (tenant.IsSystem)
        {
            if (row.OrganizationId == Guid.Empty)
            {
                throw new TenantNotSetException(
                    $"A new {entry.Metadata.ClrType.Name} written in a system scope needs its OrganizationId set explicitly.");
            }

            return;
        }

        var current = tenant.OrganizationId ?? throw new TenantNotSetException();
        if (row.OrganizationId == Guid.Empty)
        {
            row.OrganizationId = current;
        }
        else if (row.OrganizationId != current)
        {
            throw CrossTenant(entry, row.OrganizationId, current);
        }
    }

    private void GuardExisting(EntityEntry<ITenantOwned> entry)
    {
        if (tenant.IsSystem)
        {
            return;
        }

        var current = tenant.OrganizationId ?? throw new TenantNotSetException();
        var original = entry.Property(e => e.OrganizationId).OriginalValue;
        if (original != current || entry.Entity.OrganizationId != current)
        {
            throw CrossTenant(entry, original != current ? original : entry.Entity.OrganizationId, current);
        }
    }

    private static CrossTenantWriteException CrossTenant(EntityEntry entry, Guid rowOrganization, Guid current) =>
        new($"Refused to write a {entry.Metadata.ClrType.Name} of organisation {rowOrganization} " +
            $"while working for organisation {current}.");
}
