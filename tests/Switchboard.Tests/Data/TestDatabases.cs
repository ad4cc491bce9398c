using Microsoft.Data.Sqlite;
using Switchboard.Data;
using Switchboard.Data.Migrations;
using Switchboard.Tenancy;

namespace Switchboard.Tests.Data;

/// <summary>SQLite files in the temp folder, deleted (with their WAL files) on dispose.</summary>
internal sealed class SqliteTestDatabases : IDisposable
{
    private readonly List<string> _paths = [];

    public string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), $"switchboard-test-{Guid.NewGuid():N}.db");
        _paths.Add(path);
        return $"Data Source={path}";
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in _paths)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }
}

internal static class TestDatabases
{
    public static SwitchboardDbContext CreateContext(DatabaseProvider provider, string connectionString, ITenantContext? tenant = null) =>
        new(DbContextOptionsSetup.CreateOptions(provider, connectionString), tenant ?? new TenantContext());

    public static async Task MigrateAsync(DatabaseProvider provider, string connectionString, int? targetVersion = null)
    {
        await using var db = CreateContext(provider, connectionString);
        await new MigrationRunner(db).MigrateAsync(targetVersion);
    }

    /// <summary>Two organisations, each with a contact and a message, written in system scope.</summary>
    public static async Task<(Guid A, Guid B)> SeedTwoTenantsAsync(SwitchboardDbContext db)
    {
        var a = new Organization { Name = "Alpha Dental", Slug = "alpha" };
        var b = new Organization { Name = "Beta Plumbing", Slug = "beta" };
        using (db.Tenant.AsSystem())
        {
            db.Organizations.AddRange(a, b);
            foreach (var (org, phone) in new[] { (a, "+15550000001"), (b, "+15550000002") })
            {
                var contact = new Switchboard.Contacts.Contact { OrganizationId = org.Id, Phone = phone };
                db.Contacts.Add(contact);
                db.Messages.Add(new Switchboard.Messaging.Message
                {
                    OrganizationId = org.Id, ContactId = contact.Id, From = phone, To = "+15559990000", Body = $"hello {org.Slug}",
                    Direction = Messaging.MessageDirection.Inbound, Status = Messaging.MessageStatus.Received,
                });
            }

            await db.SaveChangesAsync();
        }

        db.ChangeTracker.Clear();
        return (a.Id, b.Id);
    }
}
