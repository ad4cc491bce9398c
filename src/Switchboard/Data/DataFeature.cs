using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data.Migrations;
using Switchboard.Tenancy;

namespace Switchboard.Data;

public static class DataFeature
{
    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        builder.Services.AddScoped<ITenantContext, TenantContext>();
        // Scoped contexts, not pooled: each reads the tenant of its own scope. The options are
        // built once (singleton), which also creates the SQLite folder once.
        builder.Services.AddDbContext<SwitchboardDbContext>(Configure, ServiceLifetime.Scoped, ServiceLifetime.Singleton);

        builder.Services.AddScoped<MigrationRunner>();
        builder.Services.AddHostedService<MigrateOnStart>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    private static void Configure(IServiceProvider services, DbContextOptionsBuilder options)
    {
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var provider = database.ParsedProvider;
        var connectionString = provider == DatabaseProvider.Sqlite
            ? DbContextOptionsSetup.ResolveSqlite(database.ConnectionString, services.GetRequiredService<IHostEnvironment>().ContentRootPath)
            : database.ConnectionString!;
        options.UseSwitchboardDatabase(provider, connectionString);
    }
}
