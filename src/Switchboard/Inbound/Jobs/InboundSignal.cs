using System.Threading.Channels;

namespace Switchboard.Inbound.Jobs;

/// <summary>
/// An in-process nudge from the webhook to the worker after a commit. It only shortens the
/// worker's wait (ADR 0003): a lost poke costs at most one poll interval, never a job.
/// </summary>
public sealed class InboundSignal
{
    private readonly Channel<bool> pokes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Poke() => pokes.Writer.TryWrite(true);

    /// <summary>Returns after a poke or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var poked = pokes.Reader.WaitToReadAsync(wait.Token).AsTask();
        var elapsed = Task.Delay(timeout, time, wait.Token);
        await Task.WhenAny(poked, elapsed);
        await wait.CancelAsync();
        pokes.Reader.TryRead(out _);
        ct.ThrowIfCancellationRequested();
    }
}
