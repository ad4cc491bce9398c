namespace Switchboard.TwilioEmulator.Messaging;

/// <summary>
/// Pacing: each sender releases its queue in order at its rate in segments per second (FACTS 10),
/// slot after slot on the scheduler's clock.
/// </summary>
public sealed partial class MessageLifecycle
{
    private void Pump(string sender)
    {
        lock (state.Gate)
        {
            if (!senders.TryGetValue(sender, out var queue))
            {
                return;
            }

            var now = scheduler.Now;
            while (queue.Waiting.TryPeek(out var head))
            {
                if (head.Message.Status != MessageStatus.Queued)
                {
                    queue.Waiting.Dequeue();
                    queue.WaitingTime -= Interval(sender, head.Message.NumSegments);
                    continue;
                }

                // Slots are computed from the previous slot, not from when the loop woke, so
                // timer latency never slows the sender below its rate.
                var slot = head.QueuedAt > queue.NextFree ? head.QueuedAt : queue.NextFree;
                if (slot > now)
                {
                    scheduler.Schedule(slot, () => Pump(sender));
                    return;
                }

                queue.Waiting.Dequeue();
                queue.WaitingTime -= Interval(sender, head.Message.NumSegments);
                queue.NextFree = slot + Interval(sender, head.Message.NumSegments);
                Release(head.Message, slot);
            }

            queue.PumpScheduled = false;
        }
    }

    private TimeSpan Interval(string sender, int segments)
    {
        if (!options.Pacing)
        {
            return TimeSpan.Zero;
        }

        var mps = PhoneNumbers.KindOf(sender) switch
        {
            SenderKind.TollFree => options.TollFreeMps,
            SenderKind.ShortCode => options.ShortCodeMps,
            _ => options.LongCodeMps,
        };
        return mps <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)Math.Round(segments * TimeSpan.TicksPerSecond / mps));
    }

    private sealed class SenderQueue
    {
        public Queue<(MessageRecord Message, DateTimeOffset QueuedAt)> Waiting { get; } = new();
        public DateTimeOffset NextFree { get; set; } = DateTimeOffset.MinValue;
        public bool PumpScheduled { get; set; }

        /// <summary>The sending time the waiting messages need at the sender's rate.</summary>
        public TimeSpan WaitingTime { get; set; }
    }
}
