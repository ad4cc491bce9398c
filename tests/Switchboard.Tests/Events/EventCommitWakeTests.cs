using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Events.Streaming;
using Switchboard.Tests.Data;

namespace Switchboard.Tests.Events;

/// <summary>Events written with plain INSERTs inside a transaction wake the hub on commit, and only then.</summary>
public sealed class EventCommitWakeTests : IDisposable
{
    private readonly SqliteTestDatabases databases = new();

    [Fact]
    public async Task EventsWrittenOutsideSaveChangesWakeTheHubWhenTheirTransactionCommits()
    {
        var (db, signal, organization) = await ContextAsync();
        await using (db)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await InsertEventAsync(db, signal, organization);

            await transaction.CommitAsync();

            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await signal.Signal.WaitAsync(TimeSpan.FromHours(1), TimeProvider.System, deadline.Token);
            Assert.False(deadline.IsCancellationRequested);
        }
    }

    [Fact]
    public async Task EventsWrittenOutsideSaveChangesAndRolledBackWakeNobody()
    {
        var (db, signal, organization) = await ContextAsync();
        await using (db)
        {
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await InsertEventAsync(db, signal, organization);
                await transaction.RollbackAsync();
            }

            using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => signal.Signal.WaitAsync(TimeSpan.FromHours(1), TimeProvider.System, deadline.Token));
            Assert.Equal(0, await db.Events.IgnoreQueryFilters().CountAsync());
        }
    }

    public void Dispose() => databases.Dispose();

    private static async Task InsertEventAsync(SwitchboardDbContext db, (EventSignal Signal, EventCommitInterceptors Interceptors) signal, Guid organization)
    {
        db.AddEvent("test_event", new { n = 1 }).OrganizationId = organization;
        Assert.Equal(1, await RowInserts.InsertAddedAsync<EventRecord>(db, CancellationToken.None));
        signal.Interceptors.WrittenInTransaction(db);
    }

    private async Task<(SwitchboardDbContext Db, (EventSignal Signal, EventCommitInterceptors Interceptors) Signal, Guid Organization)> ContextAsync()
    {
        var connectionString = databases.Create();
        await TestDatabases.MigrateAsync(DatabaseProvider.Sqlite, connectionString);
        Guid organization;
        await using (var seed = TestDatabases.CreateContext(DatabaseProvider.Sqlite, connectionString))
        {
            (organization, _) = await TestDatabases.SeedTwoTenantsAsync(seed);
        }

        var signal = new EventSignal();
        var interceptors = new EventCommitInterceptors(signal);
        var options = new DbContextOptionsBuilder<SwitchboardDbContext>(DbContextOptionsSetup.CreateOptions(DatabaseProvider.Sqlite, connectionString))
            .AddInterceptors(interceptors.All).Options;
        var db = new SwitchboardDbContext(options, new Switchboard.Tenancy.TenantContext());
        db.Tenant.Set(organization);
        return (db, (signal, interceptors), organization);
    }
}
