using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Tests.Data;

public sealed class SqliteWriteGateTests : IDisposable
{
    private readonly SqliteTestDatabases databases = new();

    public void Dispose() => databases.Dispose();

    [Theory]
    [InlineData("SELECT 1", false)]
    [InlineData("-- tag\nSELECT \"m\".\"id\" FROM messages", false)]
    [InlineData("  PRAGMA foreign_keys=ON;", false)]
    [InlineData("INSERT INTO events (id) VALUES (1) RETURNING id;", true)]
    [InlineData("UPDATE \"messages\" AS \"m\" SET \"status\" = @p", true)]
    [InlineData("-- tag\nDELETE FROM outbox_messages", true)]
    public void TellsWritesFromReads(string sql, bool write) => Assert.Equal(write, SqliteWriteGateInterceptor.IsWrite(sql));

    [Fact]
    public async Task ATransactionAbandonedWithoutCommitLetsTheNextWriterInAtOnce()
    {
        var connectionString = databases.Create();
        await TestDatabases.MigrateAsync(DatabaseProvider.Sqlite, connectionString);
        await using (var abandoning = SystemContext(connectionString))
        {
            await using var transaction = await abandoning.Database.BeginTransactionAsync();
            abandoning.Organizations.Add(new Organization { Name = "Never committed", Slug = "never" });
            await abandoning.SaveChangesAsync();
            // Disposed without commit or rollback: the gate must not stay taken.
        }

        var clock = Stopwatch.StartNew();
        await using var next = SystemContext(connectionString);
        next.Organizations.Add(new Organization { Name = "Committed", Slug = "committed" });
        await next.SaveChangesAsync();
        Assert.True(clock.Elapsed < SqliteWriteGate.MaxWait / 2, $"the next write waited {clock.Elapsed}");
        var slugs = await next.Organizations.Select(o => o.Slug).ToListAsync();
        Assert.Contains("committed", slugs);
        Assert.DoesNotContain("never", slugs);
    }

    [Fact]
    public async Task ConcurrentWritersAllCommitWithoutBusyErrors()
    {
        var connectionString = databases.Create();
        await TestDatabases.MigrateAsync(DatabaseProvider.Sqlite, connectionString);
        await Parallel.ForEachAsync(Enumerable.Range(0, 64), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            await using var db = SystemContext(connectionString);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Organizations.Add(new Organization { Name = $"Org {i}", Slug = $"org-{i}" });
            await db.SaveChangesAsync(ct);
            await db.Organizations.Where(o => o.Slug == $"org-{i}").ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, $"Renamed {i}"), ct);
            await transaction.CommitAsync(ct);
        });

        await using var check = SystemContext(connectionString);
        Assert.Equal(64, await check.Organizations.CountAsync(o => o.Name.StartsWith("Renamed")));
    }

    // Organisations are not tenant-owned: no tenant scope needed.
    private static SwitchboardDbContext SystemContext(string connectionString) =>
        TestDatabases.CreateContext(DatabaseProvider.Sqlite, connectionString);
}
