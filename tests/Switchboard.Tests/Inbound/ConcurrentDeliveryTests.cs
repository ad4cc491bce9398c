using Npgsql;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Inbound;

public sealed class SqliteConcurrentDeliveryTests
{
    [Fact]
    public async Task AThousandConcurrentDeliveriesOfOneMessageSidStoreExactlyOneMessageOnSqlite()
    {
        var inbound = new InboundApp();
        await inbound.InitializeAsync();
        try
        {
            await ConcurrentDeliveryScenario.StoresExactlyOneMessageAsync(inbound);
        }
        finally
        {
            await inbound.DisposeAsync();
        }
    }
}

[Collection(PostgresCollection.Name)]
[Trait("Suite", "Postgres")]
public sealed class PostgresConcurrentDeliveryTests(PostgresServer server)
{
    [PostgresFact]
    public async Task AThousandConcurrentDeliveriesOfOneMessageSidStoreExactlyOneMessageOnPostgres()
    {
        // The fixture's databases are unpooled; the app under load needs a bounded pool. A thousand
        // requests queue for its 40 connections, which on a busy 2-core CI machine can take longer
        // than Npgsql's default 15 s wait, so the wait is longer here.
        var connection = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync())
        {
            Pooling = true, MaxPoolSize = 40, Timeout = 120,
        };
        var inbound = InboundApp.With(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Switchboard"] = connection.ConnectionString,
        });
        await inbound.InitializeAsync();
        try
        {
            await ConcurrentDeliveryScenario.StoresExactlyOneMessageAsync(inbound);
        }
        finally
        {
            await inbound.DisposeAsync();
        }
    }
}
