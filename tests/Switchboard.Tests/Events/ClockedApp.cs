using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Events;

/// <summary>
/// The whole app on real Kestrel like <see cref="SwitchboardApp"/>, with a <see cref="ManualClock"/>
/// as its TimeProvider, so tests can jump a day ahead.
/// </summary>
public sealed class ClockedApp : WebApplicationFactory<Program>
{
    public const string Key = "bootstrap-key-for-clocked-app-tests-01234";
    private readonly Dictionary<string, string?> _settings;
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("switchboard-test-").FullName;

    public ClockedApp(IDictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Switchboard"] = $"Data Source={Path.Combine(_dataDirectory, "switchboard.db")}",
            ["Sandbox:EmulatorUrl"] = "http://127.0.0.1:0",
            ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = Key,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public CapturedLogs Logs { get; } = new();

    public Uri BaseAddress => ClientOptions.BaseAddress;

    public async Task<ClockedApp> StartAsync()
    {
        StartServer();
        await Eventually.HappensAsync("/health/ready to answer 200", async () =>
        {
            using var client = new HttpClient { BaseAddress = BaseAddress };
            return (await client.GetAsync("/health/ready")).IsSuccessStatusCode;
        });
        return this;
    }

    public HttpClient ApiClient(string key = Key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a finalising connection; the temp folder is cleaned by the OS.
            }
        }
    }
}
