using System.Collections.Concurrent;
using Switchboard.Numbers;

namespace Switchboard.Delivery;

/// <summary>
/// Spaces each sender's sends at its rate in segments per second (FACTS 10), on the given clock.
/// Slots follow the previous slot, not the time a send happened, so latency never slows a sender
/// below its rate. Per process: several instances share a sender's rate only through Twilio's queue.
/// </summary>
public sealed class SenderPacer
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> nextFree = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public static double RateOf(PhoneNumberKind kind, double? overrideMps, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return overrideMps is > 0 ? overrideMps.Value : kind switch
        {
            PhoneNumberKind.TollFree => options.TollFreeMps,
            PhoneNumberKind.ShortCode => options.ShortCodeMps,
            _ => options.LongCodeMps,
        };
    }

    /// <summary>
    /// Reserves the sender's next slot when it starts within <paramref name="horizon"/>; otherwise
    /// reserves nothing and returns false with the earliest slot, so the row can wait in the outbox.
    /// </summary>
    public bool TryReserve(string sender, int segments, double mps, DateTimeOffset now, TimeSpan horizon, out DateTimeOffset slot)
    {
        lock (gate)
        {
            var free = nextFree.GetValueOrDefault(sender, DateTimeOffset.MinValue);
            slot = free > now ? free : now;
            if (slot - now > horizon)
            {
                return false;
            }

            nextFree[sender] = slot + TimeSpan.FromTicks((long)Math.Round(Math.Max(1, segments) * TimeSpan.TicksPerSecond / mps));
            return true;
        }
    }
}
