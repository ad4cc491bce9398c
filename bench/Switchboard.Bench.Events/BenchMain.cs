namespace Switchboard.Bench.Events;

// Commit→arrival latency of the SSE stream. The app and the event writer run in this process; the
// subscribers run in a child process of their own (`--subscribe`), so that each side has its own
// file-descriptor limit and the subscribers' parsing is not charged to the server's runtime.
// Usage: dotnet Switchboard.Bench.Events.dll [subscribers] [events] [eventsPerSecond] [warmupEvents]
internal static class BenchMain
{
    public static Task Main(string[] args) =>
        args.Length > 0 && args[0] == SubscriberProcess.Flag
            ? SubscriberProcess.RunAsync(args[1..])
            : EventStreamBench.RunAsync(args);
}
