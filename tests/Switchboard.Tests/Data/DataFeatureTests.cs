using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Data.Migrations;

namespace Switchboard.Tests.Data;

/// <summary>What <c>builder.AddData()</c> does to a host: validated options, the SQLite default, migration on start.</summary>
public sealed class DataFeatureTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("switchboard-data-").FullName;

    [Theory]
    [InlineData("mysql", null, "Database:Provider is 'mysql'")]
    [InlineData("postgres", null, "ConnectionStrings:Switchboard is empty")]
    public async Task InvalidDatabaseSettingsStopTheAppNamingTheSetting(string provider, string? connectionString, string expected)
    {
        await using var app = Build(("Database:Provider", provider), ("ConnectionStrings:Switchboard", connectionString));

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppMigratesTheDefaultSqliteFileUnderTheContentRootBeforeServing()
    {
        await using var app = Build();

        await app.StartAsync();

        var file = Path.Combine(_contentRoot, "data", "switchboard.db");
        Assert.True(File.Exists(file));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        Assert.Equal(MigrationScripts.For(DatabaseProvider.Sqlite).Select(s => s.Version),
            await scope.ServiceProvider.GetRequiredService<MigrationRunner>().AppliedVersionsAsync());
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode()").SingleAsync());
        await app.StopAsync();
    }

    private WebApplication Build(params (string Key, string? Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _contentRoot, EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)));
        builder.AddData();
        return builder.Build();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }
}
