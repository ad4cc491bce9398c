using Switchboard.Data;

namespace Switchboard.Tests.Data;

public sealed class SqliteStorageTests : IDisposable
{
    private readonly SqliteTestDatabases _databases = new();
    private readonly StorageScenarios _scenarios;

    public SqliteStorageTests() =>
        _scenarios = new StorageScenarios(DatabaseProvider.Sqlite, () => Task.FromResult(_databases.Create()));

    [Fact]
    public Task MigratedSchemaMatchesModel() => _scenarios.MigratedSchemaMatchesModel();

    [Fact]
    public Task UpgradeFromVersionOneKeepsRows() => _scenarios.UpgradeFromVersionOneKeepsRows();

    [Fact]
    public Task MigratingTwiceIsANoOp() => _scenarios.MigratingTwiceIsANoOp();

    [Fact]
    public Task TamperedScriptChecksumIsRefused() => _scenarios.TamperedScriptChecksumIsRefused();

    [Fact]
    public Task ConcurrentMigratorsApplyEachScriptOnce() => _scenarios.ConcurrentMigratorsApplyEachScriptOnce();

    [Fact]
    public Task FailedScriptLeavesNoTrace() => _scenarios.FailedScriptLeavesNoTrace();

    [Fact]
    public Task DuplicateTwilioSidIsRejected() => _scenarios.DuplicateTwilioSidIsRejected();

    [Fact]
    public Task TenantSeesOnlyItsOwnRows() => _scenarios.TenantSeesOnlyItsOwnRows();

    [Fact]
    public Task ASnapshotDoesNotSeeACommitLandingBetweenItsReads() => _scenarios.ASnapshotDoesNotSeeACommitLandingBetweenItsReads();

    [Fact]
    public Task RowInsertsStoreWhatEfCoreWouldAndLeaveTheEventIdToTheDatabase() => _scenarios.RowInsertsStoreWhatEfCoreWouldAndLeaveTheEventIdToTheDatabase();

    [Fact]
    public Task TimesReadBackAsUtc() => _scenarios.TimesReadBackAsUtc();

    public void Dispose() => _databases.Dispose();
}
