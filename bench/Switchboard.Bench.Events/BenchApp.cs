using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Switchboard.Bench.Events;

/// <summary>The whole app on real Kestrel (loopback, free port), sandbox mode, its own SQLite file.</summary>
internal sealed class BenchApp(string dataDirectory, string apiKey) : WebApplicationFactory<Program>
{
    public Uri BaseAddress => ClientOptions.BaseAddress;

    public void Start()
    {
        // Outside a test project there is no content-root attribute; the output folder will do.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SWITCHBOARD", AppContext.BaseDirectory);
        UseKestrel(0);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.UseSetting("ConnectionStrings:Switchboard", $"Data Source={Path.Combine(dataDirectory, "switchboard.db")}");
        builder.UseSetting("Sandbox:EmulatorUrl", "http://127.0.0.1:0");
        builder.UseSetting("SWITCHBOARD_BOOTSTRAP_API_KEY", apiKey);
        builder.UseSetting("Events:SubscriberBuffer", "10000");
        // Thousands of streams on one API key from one address would trip the API's rate limits.
        builder.UseSetting("RateLimits:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
