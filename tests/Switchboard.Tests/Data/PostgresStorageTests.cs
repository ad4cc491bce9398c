using Switchboard.Data;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Data;

[Collection(PostgresCollection.Name)]
[Trait("Suite", "Postgres")]
public sealed class PostgresStorageTests(PostgresServer server)
{
    private readonly StorageScenarios _scenarios = new(DatabaseProvider.Postgres, server.CreateDatabaseAsync);

    [PostgresFact]
    public Task MigratedSchemaMatchesModel() => _scenarios.MigratedSchemaMatchesModel();

    [PostgresFact]
    public Task UpgradeFromVersionOneKeepsRows() => _scenarios.UpgradeFromVersionOneKeepsRows();

    [PostgresFact]
    public Task MigratingTwiceIsANoOp() => _scenarios.MigratingTwiceIsANoOp();

    [PostgresFact]
    public Task TamperedScriptChecksumIsRefused() => _scenarios.TamperedScriptChecksumIsRefused();

    [PostgresFact]
    public Task ConcurrentMigratorsApplyEachScriptOnce() => _scenarios.ConcurrentMigratorsApplyEachScriptOnce();

    [PostgresFact]
    public Task FailedScriptLeavesNoTrace() => _scenarios.FailedScriptLeavesNoTrace();

    [PostgresFact]
    public Task DuplicateTwilioSidIsRejected() => _scenarios.DuplicateTwilioSidIsRejected();

    [PostgresFact]
    public Task TenantSeesOnlyItsOwnRows() => _scenarios.TenantSeesOnlyItsOwnRows();

    [PostgresFact]
    public Task ASnapshotDoesNotSeeACommitLandingBetweenItsReads() => _scenarios.ASnapshotDoesNotSeeACommitLandingBetweenItsReads();

    [PostgresFact]
    public Task RowInsertsStoreWhatEfCoreWouldAndLeaveTheEventIdToTheDatabase() => _scenarios.RowInsertsStoreWhatEfCoreWouldAndLeaveTheEventIdToTheDatabase();

    [PostgresFact]
    public Task TimesReadBackAsUtc() => _scenarios.TimesReadBackAsUtc();
}
