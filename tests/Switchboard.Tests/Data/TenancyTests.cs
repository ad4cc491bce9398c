using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts;
using Switchboard.Data;
using Switchboard.Numbers;
using Switchboard.Tenancy;

namespace Switchboard.Tests.Data;

public sealed class TenancyTests : IAsyncLifetime
{
    private readonly SqliteTestDatabases _databases = new();
    private SwitchboardDbContext _db = null!;
    private Guid _a;
    private Guid _b;

    public async Task InitializeAsync()
    {
        var connectionString = _databases.Create();
        await TestDatabases.MigrateAsync(DatabaseProvider.Sqlite, connectionString);
        _db = TestDatabases.CreateContext(DatabaseProvider.Sqlite, connectionString);
        (_a, _b) = await TestDatabases.SeedTwoTenantsAsync(_db);
    }

    [Fact]
    public async Task QueryWithoutTenantThrowsInsteadOfReturningEveryonesRows()
    {
        await Assert.ThrowsAsync<TenantNotSetException>(() => _db.Contacts.ToListAsync());
        await Assert.ThrowsAsync<TenantNotSetException>(() => _db.Messages.CountAsync());
        Assert.Throws<TenantNotSetException>(() => _db.ApiKeys.Any());
    }

    [Fact]
    public async Task TenantNeverSeesAnotherTenantsRows()
    {
        _db.Tenant.Set(_a);

        var contacts = await _db.Contacts.ToListAsync();
        var otherContactId = await IdOfContactOf(_b);

        Assert.Equal([_a], contacts.Select(c => c.OrganizationId).Distinct());
        Assert.Null(await _db.Contacts.FindAsync(otherContactId));
        Assert.Empty(await _db.Messages.Where(m => m.OrganizationId == _b).ToListAsync());
    }

    [Fact]
    public async Task SystemScopeSeesEveryTenantAndEndsWithItsScope()
    {
        using (_db.Tenant.AsSystem())
        {
            Assert.Equal(2, await _db.Contacts.CountAsync());
        }

        await Assert.ThrowsAsync<TenantNotSetException>(() => _db.Contacts.CountAsync());
    }

    [Fact]
    public async Task TheTenantIsFoundByTheNumberTextedInSystemScope()
    {
        using (_db.Tenant.AsSystem())
        {
            _db.PhoneNumbers.Add(new PhoneNumber { OrganizationId = _b, E164 = "+15550009999" });
            await _db.SaveChangesAsync();
        }

        // The webhook path: no tenant yet, so the lookup opts out of the filter explicitly.
        var owner = await _db.PhoneNumbers.IgnoreQueryFilters()
            .Where(n => n.E164 == "+15550009999").Select(n => n.OrganizationId).SingleAsync();

        Assert.Equal(_b, owner);
    }

    [Fact]
    public async Task SaveStampsTheTenantOnNewRows()
    {
        _db.Tenant.Set(_a);
        var contact = new Contact { Phone = "+15550000100" };
        _db.Contacts.Add(contact);

        await _db.SaveChangesAsync();

        Assert.Equal(_a, contact.OrganizationId);
        _db.ChangeTracker.Clear();
        Assert.Equal(_a, (await _db.Contacts.SingleAsync(c => c.Phone == "+15550000100")).OrganizationId);
    }

    [Fact]
    public async Task SaveRefusesANewRowOfAnotherOrganization()
    {
        _db.Tenant.Set(_a);
        _db.Contacts.Add(new Contact { OrganizationId = _b, Phone = "+15550000101" });

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => _db.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveRefusesChangingAnotherOrganizationsRow()
    {
        var otherContactId = await IdOfContactOf(_b);
        Contact other;
        using (_db.Tenant.AsSystem())
        {
            other = await _db.Contacts.SingleAsync(c => c.Id == otherContactId);
        }

        _db.Tenant.Set(_a);
        other.Name = "overwritten by the wrong tenant";

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => _db.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveRefusesMovingARowToAnotherOrganization()
    {
        _db.Tenant.Set(_a);
        var mine = await _db.Contacts.SingleAsync();
        mine.OrganizationId = _b;

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => _db.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveWithoutTenantThrows()
    {
        _db.Contacts.Add(new Contact { Phone = "+15550000102" });

        await Assert.ThrowsAsync<TenantNotSetException>(() => _db.SaveChangesAsync());
    }

    [Fact]
    public void ScopeCannotSwitchToAnotherTenant()
    {
        var tenant = new TenantContext();
        tenant.Set(_a);
        tenant.Set(_a);

        Assert.Throws<InvalidOperationException>(() => tenant.Set(_b));
        Assert.Equal(_a, tenant.OrganizationId);
    }

    private async Task<Guid> IdOfContactOf(Guid organization)
    {
        using (_db.Tenant.AsSystem())
        {
            return await _db.Contacts.AsNoTracking().Where(c => c.OrganizationId == organization).Select(c => c.Id).SingleAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        _databases.Dispose();
    }
}
