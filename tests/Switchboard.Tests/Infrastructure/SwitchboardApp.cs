using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Switchboard.Tests.Infrastructure;

/// <summary>
/// The whole app on real Kestrel, bound to a free loopback port, with its own data folder.
/// Settings are given as configuration keys (environment variable names work too).
/// </summary>
public sealed class SwitchboardApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public SwitchboardApp(IDictionary<string, string?>? settings = null)
    {
        DataDirectory = Directory.CreateTempSubdirectory("switchboard-test-").FullName;
        this.settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Switchboard"] = $"Data Source={Path.Combine(DataDirectory, "switchboard.db")}",
            ["Sandbox:EmulatorUrl"] = "http://127.0.0.1:0",
            // Tests poll the API while they wait for background work; the rate limit tests turn it back on.
            ["RateLimits:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }

        UseKestrel(0);
    }

    public string DataDirectory { get; }

    /// <summary>Every log line the app wrote, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The app's real address, once started.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>
    /// What starting the app with these settings fails with, as its innermost exception. On a failed
    /// start the test host's deferred start races the app's own entry point and, rarely and only under
    /// load, reports an ObjectDisposedException of its own instead; that case is started again once.
    /// </summary>
    public static Exception StartFailure(IDictionary<string, string?> settings)
    {
        for (var tries = 1; ; tries++)
        {
            using var app = new SwitchboardApp(settings);
            var error = Assert.ThrowsAny<Exception>(() => app.Start()).GetBaseException();
            if (error is not ObjectDisposedException || tries == 2)
            {
                return error;
            }
        }
    }

    public SwitchboardApp Start()
    {
        StartServer();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a finalising connection; the temp folder is cleaned by the OS.
            }
        }
    }
}
