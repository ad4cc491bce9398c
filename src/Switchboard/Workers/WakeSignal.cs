using System.Threading.Channels;

namespace Switchboard.Workers;

/// <summary>
/// "There may be work": a poke that lets a polling worker start its next pass at once (ADR 0003).
/// Coalescing (at most one pending wake) and lossy by design: the worker polls anyway, so a lost
/// wake costs at most one poll interval, never work. Each worker has its own subclass, so that each
/// is a singleton of its own in the container.
/// </summary>
public abstract class WakeSignal
{
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakes.Writer.TryWrite(true);

    /// <summary>Returns after a wake or after <paramref name="timeout"/> on <paramref name="time"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        if (_wakes.Reader.TryRead(out _))
        {
            return;
        }

        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var woken = _wakes.Reader.WaitToReadAsync(either.Token).AsTask();
        var elapsed = Task.Delay(timeout, time, either.Token);
        await Task.WhenAny(woken, elapsed);
        await either.CancelAsync();
        _wakes.Reader.TryRead(out _);
        ct.ThrowIfCancellationRequested();
    }
}
