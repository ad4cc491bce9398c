using System.Threading.Channels;

namespace Switchboard.Events.Webhooks;

/// <summary>
/// Wakes the webhook workers early instead of leaving a new event to wait for their next poll: the
/// stream's reader pokes the fan-out when it has published events (committed here, or announced by
/// another instance's NOTIFY), and the fan-out and replays poke the dispatcher when deliveries are
/// due. Coalescing and lossy by design: the workers still poll, so a lost poke only costs a poll.
/// </summary>
public sealed class WebhookWakes
{
    private readonly Channel<bool> _fanOut = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Channel<bool> _dispatch = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void EventsPublished() => _fanOut.Writer.TryWrite(true);

    public void DeliveriesDue() => _dispatch.Writer.TryWrite(true);

    internal Task FanOutWaitAsync(TimeSpan poll, TimeProvider time, CancellationToken ct) => WaitAsync(_fanOut.Reader, poll, time, ct);

    internal Task DispatchWaitAsync(TimeSpan poll, TimeProvider time, CancellationToken ct) => WaitAsync(_dispatch.Reader, poll, time, ct);

    /// <summary>Returns at the first poke or when the poll interval has passed.</summary>
    private static async Task WaitAsync(ChannelReader<bool> wakes, TimeSpan poll, TimeProvider time, CancellationToken ct)
    {
        if (wakes.TryRead(out _))
        {
            return;
        }

        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(poll, time, either.Token);
        var poked = wakes.WaitToReadAsync(either.Token).AsTask();
        await Task.WhenAny(delay, poked);
        await either.CancelAsync();
        wakes.TryRead(out _);
        ct.ThrowIfCancellationRequested();
    }
}
