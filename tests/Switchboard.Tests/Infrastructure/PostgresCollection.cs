namespace Switchboard.Tests.Infrastructure;

/// <summary>Tests in this collection share one <see cref="PostgresServer"/> and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "Postgres";
}
