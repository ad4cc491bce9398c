using System.Diagnostics;

namespace Switchboard.Workers;

/// <summary>
/// Keeps a woken worker's passes at least <c>interval</c> apart, in real time. A worker woken on
/// every commit otherwise runs one pass (a query, a transaction) per commit; spaced, a stream of
/// commits costs one pass per interval, which takes them all at once. A worker woken after a quiet
/// spell starts at once, so a lone event waits for nothing. Real time, not the app's
/// <see cref="TimeProvider"/>: this paces CPU work and is no business time.
/// </summary>
public sealed class PassSpacing(TimeSpan interval)
{
    private long _lastStart;

    /// <summary>Waits until <c>interval</c> has passed since the previous pass began, then marks this one as begun.</summary>
    public async Task BeforePassAsync(CancellationToken ct)
    {
        if (_lastStart != 0 && interval - Stopwatch.GetElapsedTime(_lastStart) is var left && left > TimeSpan.Zero)
        {
            await Task.Delay(left, ct);
        }

        _lastStart = Stopwatch.GetTimestamp();
    }
}
