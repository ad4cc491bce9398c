using System.Threading.Channels;

namespace Switchboard.Events.Streaming;

/// <summary>
/// "New events may have been committed": wakes the hub's reader early. Coalescing (one pending
/// wake at most) and lossy by design: the reader polls anyway, so nothing depends on a wake.
/// </summary>
public sealed class EventSignal
{
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Wake() => _wakes.Writer.TryWrite(true);

    /// <summary>Waits for a wake or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        if (_wakes.Reader.TryRead(out _))
        {
            return;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timer.CancelAfter(timeout);
        try
        {
            await _wakes.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The timeout: time for the regular poll.
        }
    }
}
