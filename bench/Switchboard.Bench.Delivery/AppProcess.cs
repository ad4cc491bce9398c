using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Switchboard.Bench.Delivery;

/// <summary>The built app (<c>Switchboard.dll</c>) as a process in live mode against the bench's emulator, on its own SQLite file.</summary>
internal sealed class AppProcess : IAsyncDisposable
{
    public const string Key = "delivery-bench-key-0123456789abcdef01234";
    private readonly Process process;
    private readonly string directory;

    private AppProcess(Process process, string directory, Uri url, HttpClient api)
    {
        this.process = process;
        this.directory = directory;
        Url = url;
        Api = api;
    }

    public Uri Url { get; }

    public HttpClient Api { get; }

    /// <summary>The app's CPU time so far (user + system), to give CPU per operation beside the rates.</summary>
    public TimeSpan Cpu
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static async Task<AppProcess> StartAsync(string dll, TwilioEmulator.TwilioEmulator twilio, string number, IDictionary<string, string> settings)
    {
        var directory = Directory.CreateTempSubdirectory("switchboard-bench-").FullName;
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet", dll) { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        var env = info.Environment;
        env["ASPNETCORE_URLS"] = url.ToString();
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["Logging__LogLevel__Default"] = Environment.GetEnvironmentVariable("BENCH_APP_LOGLEVEL") ?? "Warning";
        env["ConnectionStrings__Switchboard"] = $"Data Source={Path.Combine(directory, "switchboard.db")}";
        env["TWILIO_ACCOUNT_SID"] = twilio.AccountSid;
        env["TWILIO_AUTH_TOKEN"] = twilio.AuthToken;
        env["TWILIO_PHONE_NUMBER"] = number;
        env["Twilio__ApiBaseUrl"] = twilio.BaseAddress.ToString();
        env["PUBLIC_BASE_URL"] = url.ToString();
        env["SWITCHBOARD_BOOTSTRAP_API_KEY"] = Key;
        // The per-key API limit (1,200 a minute) would answer 429 to the queueing before the dispatcher is measured.
        env["RateLimits__Enabled"] = "false";
        // BENCH_POSTGRES=<connection string> runs every app on that PostgreSQL database instead of a fresh SQLite file.
        if (Environment.GetEnvironmentVariable("BENCH_POSTGRES") is { Length: > 0 } postgres)
        {
            env["Database__Provider"] = "postgres";
            env["ConnectionStrings__Switchboard"] = postgres;
        }

        foreach (var (k, v) in settings.Where(s => !(s.Key == "ConnectionStrings__Switchboard" && env.ContainsKey("Database__Provider"))))
        {
            env[k] = v;
        }

        var process = Process.Start(info)!;
        // BENCH_APP_LOG=path keeps the app's console output, for finding where time goes.
        var log = Environment.GetEnvironmentVariable("BENCH_APP_LOG") is { Length: > 0 } path ? TextWriter.Synchronized(File.AppendText(path)) : null;
        process.OutputDataReceived += (_, e) => log?.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", Key);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("the app exited during start");
            }

            try
            {
                if ((await api.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the app was not ready within 90 s");
            }

            await Task.Delay(200);
        }

        return new AppProcess(process, directory, url, api);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS.
        }
    }

    /// <summary>For attaching a profiler (perf, dotnet-trace) to the app under test.</summary>
    public int ProcessId => process.Id;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
