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
        // The fixture's databases are unpooled; the app under load needs a bounded pool.
        var connection = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync()) { Pooling = true, MaxPoolSize = 40 };
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
