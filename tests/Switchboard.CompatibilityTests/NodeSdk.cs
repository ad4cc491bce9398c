using System.Diagnostics;
using System.Text;

namespace Switchboard.CompatibilityTests;

/// <summary>Finds and runs the Node compatibility tests in tests/compat.</summary>
internal static class NodeSdk
{
    public static string CompatDirectory { get; } = Path.Combine(RepositoryRoot(), "tests", "compat");

    public static string? MissingPrerequisite()
    {
        if (!File.Exists(Path.Combine(CompatDirectory, "package.json")))
        {
            return $"no tests/compat folder at {CompatDirectory}";
        }

        if (!Directory.Exists(Path.Combine(CompatDirectory, "node_modules", "twilio")))
        {
            return "the Node packages of tests/compat are not installed";
        }

        return FindOnPath("node") is null ? "node is not on PATH" : null;
    }

    public static IEnumerable<string> TestFiles() =>
        Directory.Exists(CompatDirectory)
            ? Directory.GetFiles(CompatDirectory, "*.test.js").Select(Path.GetFileName).Order(StringComparer.Ordinal)!
            : [];

    public static async Task<(int ExitCode, string Output)> RunAsync(string testFile, IDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("node", ["--test", "--test-reporter=spec", testFile])
        {
            WorkingDirectory = CompatDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        // The SDK rewrites its host when these are set (FACTS.md section 11).
        start.Environment.Remove("TWILIO_EDGE");
        start.Environment.Remove("TWILIO_REGION");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            output.AppendLine($"node was stopped after {timeout.TotalSeconds:0} s");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.HasExited ? process.ExitCode : -1, output.ToString());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Switchboard.slnx")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
