using System.Threading.Channels;

namespace Switchboard.Delivery;

/// <summary>
/// A poke after an outbox commit so the dispatcher wakes at once. Only shortens the wait: the
/// dispatcher also polls, so a lost poke delays nothing by more than its poll interval.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => channel.Writer.TryWrite(true);

    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timer.CancelAfter(timeout);
        try
        {
            await channel.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed without a poke.
        }
    }
}
