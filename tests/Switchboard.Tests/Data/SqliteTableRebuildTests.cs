using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Data.Migrations;

namespace Switchboard.Tests.Data;

/// <summary>The runner makes SQLite's table-rebuild pattern safe for tables other tables reference.</summary>
public sealed class SqliteTableRebuildTests : IDisposable
{
    private static readonly MigrationScript Parents = MigrationScript.FromFile("0001_parents.sql", """
        CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY, name TEXT NULL);
        CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE);
        INSERT INTO parent VALUES (1, 'one');
        INSERT INTO child VALUES (10, 1);
        """);

    private readonly SqliteTestDatabases _databases = new();

    [Fact]
    public async Task RebuildingAReferencedTableKeepsItsChildRows()
    {
        var rebuild = MigrationScript.FromFile("0002_parent_name_required.sql", """
            CREATE TABLE parent_new (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL DEFAULT '');
            INSERT INTO parent_new (id, name) SELECT id, coalesce(name, '') FROM parent;
            DROP TABLE parent;
            ALTER TABLE parent_new RENAME TO parent;
            """);
        await using var db = TestDatabases.CreateContext(DatabaseProvider.Sqlite, _databases.Create());

        await new MigrationRunner(db) { Scripts = [Parents, rebuild] }.MigrateAsync();

        Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM child").SingleAsync());
        Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT foreign_keys AS Value FROM pragma_foreign_keys()").SingleAsync());
    }

    [Fact]
    public async Task RebuildThatOrphansRowsIsRolledBack()
    {
        var lossy = MigrationScript.FromFile("0002_lossy.sql", """
            CREATE TABLE parent_new (id INTEGER NOT NULL PRIMARY KEY, name TEXT NULL);
            DROP TABLE parent;
            ALTER TABLE parent_new RENAME TO parent;
            """);
        await using var db = TestDatabases.CreateContext(DatabaseProvider.Sqlite, _databases.Create());
        await new MigrationRunner(db) { Scripts = [Parents] }.MigrateAsync();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new MigrationRunner(db) { Scripts = [Parents, lossy] }.MigrateAsync());

        Assert.Contains("0002_lossy.sql", refused.Message, StringComparison.Ordinal);
        Assert.Equal([1], await new MigrationRunner(db) { Scripts = [Parents, lossy] }.AppliedVersionsAsync());
        Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM parent").SingleAsync());
    }

    public void Dispose() => _databases.Dispose();
}
