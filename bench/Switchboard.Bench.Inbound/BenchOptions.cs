using System.Globalization;

namespace Switchboard.Bench.Inbound;

internal sealed record BenchOptions(Uri App, Uri Emulator, int Connections, int Seconds, bool Baseline, int Rate)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchOptions(
            new Uri(Value("--app") ?? "http://127.0.0.1:5080"),
            new Uri(Value("--emulator") ?? "http://127.0.0.1:5081"),
            Number("--connections", 32),
            Number("--seconds", 10),
            args.Contains("--baseline"),
            Number("--rate", 0));
    }
}
