using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Tenancy;
using Switchboard.Tests.Infrastructure;
using Switchboard.TwilioAccount;

namespace Switchboard.Tests.TwilioAccount;

/// <summary>
/// Credentials set on one instance are read by a new instance on the same database: the Data
/// Protection key ring that encrypted them lives there too.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CredentialsSurviveARestartTests(PostgresServer server)
{
    [Fact]
    public Task ANewInstanceOnTheSameSqliteDatabaseDecryptsTheCredentials() =>
        InTempFolderAsync(folder => RoundTripAsync(new Dictionary<string, string?> { ["ConnectionStrings:Switchboard"] = SqliteIn(folder) }));

    [Fact]
    public Task WithAKeysFolderTheKeyRingIsThereAndANewInstanceDecryptsTheCredentials() =>
        InTempFolderAsync(async folder =>
        {
            var keys = Path.Combine(folder, "keys");
            await RoundTripAsync(new Dictionary<string, string?> { ["ConnectionStrings:Switchboard"] = SqliteIn(folder), ["DataProtection:KeysFolder"] = keys });
            Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        });

    [PostgresFact]
    [Trait("Suite", "Postgres")]
    public async Task ANewInstanceOnTheSamePostgresDatabaseDecryptsTheCredentials() =>
        await RoundTripAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Switchboard"] = await server.CreateDatabaseAsync(),
        });

    private static string SqliteIn(string folder) => $"Data Source={Path.Combine(folder, "switchboard.db")}";

    private static async Task InTempFolderAsync(Func<string, Task> test)
    {
        var folder = Directory.CreateTempSubdirectory("switchboard-restart-").FullName;
        try
        {
            await test(folder);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RoundTripAsync(Dictionary<string, string?> database)
    {
        OrganizationB b;
        using (var first = new SwitchboardApp(database))
        {
            first.Start();
            await first.WaitUntilReadyAsync();
            b = await OrganizationB.CreateAsync(first);
            using var admin = first.ApiClient(b.Tenant.AdminKey);
            (await admin.PutAsJsonAsync("/api/v1/twilio/credentials", b.Credentials)).EnsureSuccessStatusCode();
        }

        using var second = new SwitchboardApp(database);
        second.Start();
        await second.WaitUntilReadyAsync();
        await using var scope = second.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(b.Tenant.OrganizationId);
        var access = await scope.ServiceProvider.GetRequiredService<OrganizationTwilioAccounts>().ForAsync(b.Tenant.OrganizationId, CancellationToken.None);

        Assert.Equal(TwilioAccountSource.Own, access.Source);
        Assert.Equal(b.AccountSid, access.AccountSid);
        Assert.Equal(b.AuthToken, access.WebhookAuthToken);
    }
}
