using Microsoft.EntityFrameworkCore;
using Npgsql;
using Switchboard.Inbound.Writes;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Inbound;

public sealed class SqliteInboundBatchStoreTests : IAsyncLifetime
{
    private readonly InboundApp inbound = new();

    public Task InitializeAsync() => inbound.InitializeAsync();

    public Task DisposeAsync() => inbound.DisposeAsync();

    [Fact]
    public Task ABatchStoresEachMessageSidOnceWithItsJobAndReadsBackAsWrittenOnSqlite() =>
        InboundBatchStoreScenario.StoresEachMessageSidOnceAsync(inbound);
}

[Collection(PostgresCollection.Name)]
[Trait("Suite", "Postgres")]
public sealed class PostgresInboundBatchStoreTests(PostgresServer server)
{
    [PostgresFact]
    public async Task ABatchStoresEachMessageSidOnceWithItsJobAndReadsBackAsWrittenOnPostgres()
    {
        var connection = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync()) { Pooling = true, MaxPoolSize = 10 };
        var inbound = InboundApp.With(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres", ["ConnectionStrings:Switchboard"] = connection.ConnectionString,
        });
        await inbound.InitializeAsync();
        try
        {
            await InboundBatchStoreScenario.StoresEachMessageSidOnceAsync(inbound);
        }
        finally
        {
            await inbound.DisposeAsync();
        }
    }
}

internal static class InboundBatchStoreScenario
{
    public static async Task StoresEachMessageSidOnceAsync(InboundApp inbound)
    {
        var organizationId = await InboundRows.OrganizationAsync(inbound);
        var a = InboundApp.Sms(InboundApp.NewPhone(), "first");
        var b = InboundApp.Sms(InboundApp.NewPhone(), "second");
        var c = InboundApp.Sms(InboundApp.NewPhone(), "third");
        var first = InboundRows.Write(organizationId, a);

        var once = await InboundRows.StoreAsync(inbound, first, InboundRows.Write(organizationId, a), InboundRows.Write(organizationId, b));
        var again = await InboundRows.StoreAsync(inbound, InboundRows.Write(organizationId, b), InboundRows.Write(organizationId, c));

        Assert.Equal([InboundWriteOutcome.Stored, InboundWriteOutcome.Duplicate, InboundWriteOutcome.Stored], once);
        Assert.Equal([InboundWriteOutcome.Duplicate, InboundWriteOutcome.Stored], again);
        var keys = new[] { a, b, c }.Select(f => Switchboard.Inbound.ReceiveInboundSms.DedupeKey(f["MessageSid"])).ToList();
        var stored = await inbound.QueryAsync(db => db.WebhookEvents.Where(e => keys.Contains(e.DedupeKey)).ToListAsync());
        var jobs = await inbound.QueryAsync(db => db.InboundJobs.Where(j => stored.Select(e => e.Id).Contains(j.WebhookEventId)).ToListAsync());
        Assert.Equal(3, stored.Count);
        Assert.Equal(3, jobs.Count);
        var read = stored.Single(e => e.Id == first.Event.Id);
        Assert.Equal(first.Event.RawBody, read.RawBody);
        Assert.Equal(first.Event.Kind, read.Kind);
        Assert.Equal(organizationId, read.OrganizationId);
        Assert.Equal(DateTimeKind.Utc, read.ReceivedAt.Kind);
        Assert.True((read.ReceivedAt - first.Event.ReceivedAt).Duration() < TimeSpan.FromMilliseconds(1));
        // The app's worker may claim the jobs meanwhile, so only what the store wrote is compared.
        var job = jobs.Single(j => j.Id == first.Job.Id);
        Assert.Equal((first.Job.Kind, first.Job.OrganizationId, first.Event.Id), (job.Kind, job.OrganizationId, job.WebhookEventId));
    }
}
