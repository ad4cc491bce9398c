using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Numbers;
using Switchboard.Sandbox;
using Switchboard.Tenancy;
using Switchboard.TwilioAccount;
using Switchboard.Users;

namespace Switchboard.Setup;

/// <summary>
/// Once the app listens: makes sure the default organisation, the bootstrap key and the
/// deployment's number exist and point at us, then prints the start-up banner. In sandbox mode it
/// also provisions the emulator's number, a fresh developer key and a demo admin password.
/// </summary>
public sealed class DeploymentSetup(
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IServer server,
    IConfiguration configuration,
    IOptions<TwilioAccountOptions> account,
    IOptions<SandboxOptions> sandbox,
    IOptions<DatabaseOptions> database,
    IOptions<BootstrapAdminOptions> bootstrapAdmin,
    IHostEnvironment environment,
    SandboxEmulator emulator,
    SetupState state,
    ILogger<DeploymentSetup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => listening.TrySetResult()))
        {
            await listening.Task.WaitAsync(stoppingToken);
        }

        try
        {
            var banner = await RunAsync(stoppingToken);
            state.Completed(banner);
            Console.Out.Write(banner.Render());
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The app keeps serving (health, docs) and /health/ready says what is wrong.
            state.Failed(error.Message);
            logger.LogError(error, "Start-up setup failed: {Reason}", error.Message);
        }
    }

    private async Task<StartupBanner> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SwitchboardDbContext>();
        var tenant = services.GetRequiredService<ITenantContext>();
        var twilioAccount = services.GetRequiredService<DeploymentTwilioAccount>();
        var isSandbox = account.Value.Mode == TwilioMode.Sandbox;

        var appUrl = AppUrl();
        var publicBase = account.Value.PublicBaseUrl ?? (isSandbox ? appUrl : null);
        var organization = await DefaultOrganization.EnsureAsync(
            db, tenant, isSandbox ? sandbox.Value.OrganizationName : configuration["Organization:Name"] ?? "Default organisation", ct);

        if (configuration[BootstrapApiKey.Setting] is { Length: > 0 } bootstrapKey)
        {
            await BootstrapApiKey.EnsureAsync(db, organization, bootstrapKey, ct);
        }

        var admins = services.GetRequiredService<AdminAccounts>();
        if (bootstrapAdmin.Value.Enabled)
        {
            await admins.EnsureBootstrapAsync(organization, bootstrapAdmin.Value, ct);
        }

        var twilio = await twilioAccount.CreateClientAsync();
        var twilioAccountInfo = await twilio.Account.FetchAsync(ct);
        logger.LogInformation("Twilio account {AccountSid} is {Status} ({Mode} mode)", twilioAccountInfo.Sid, twilioAccountInfo.Status, account.Value.Mode);

        var number = isSandbox ? sandbox.Value.PhoneNumber : account.Value.PhoneNumber;
        if (number is not null)
        {
            await services.GetRequiredService<ConnectNumber>().ExecuteAsync(
                twilio, organization, number, publicBase is null ? null : new Uri(publicBase), ct);
        }

        var developerKey = isSandbox ? await DeveloperApiKey.RenewAsync(db, organization, ct) : null;
        var sandboxAdminPassword = isSandbox ? await admins.RenewSandboxAdminAsync(organization, ct) : null;
        return new StartupBanner(
            account.Value.Mode, account.Value.TestMode, appUrl, DescribeDatabase(), publicBase ?? "(set PUBLIC_BASE_URL)",
            isSandbox ? (await emulator.Started).BaseAddress.ToString() : null, number, developerKey)
        {
            SandboxAdminEmail = isSandbox ? AdminAccounts.SandboxAdminEmail : null,
            SandboxAdminPassword = sandboxAdminPassword,
        };
    }

    /// <summary>Where the data lives, without any password a connection string may hold.</summary>
    private string DescribeDatabase()
    {
        var settings = database.Value;
        if (settings.ParsedProvider == DatabaseProvider.Sqlite)
        {
            var resolved = DbContextOptionsSetup.ResolveSqlite(settings.ConnectionString, environment.ContentRootPath);
            return $"SQLite {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(resolved).DataSource}";
        }

        var postgres = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);
        return $"PostgreSQL {postgres.Host}:{postgres.Port}/{postgres.Database}";
    }

    private string AppUrl()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";

        // A wildcard binding is not an address anyone can call back.
        return address.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal);
    }
}
