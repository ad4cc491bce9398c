using Microsoft.Extensions.Options;

namespace Switchboard.Events.Streaming;

/// <summary>
/// The one in-process fan-out point: the reader hands it committed events in id order, and it
/// copies each to the subscribers of that event's organisation. It never waits on a subscriber: a
/// full buffer drops that subscriber (it reconnects with Last-Event-ID and replays from the table).
/// </summary>
public sealed partial class EventHub(IOptions<EventsOptions> options, ILogger<EventHub> logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, List<EventSubscription>> _byOrganization = [];
    private long _position = -1;

    /// <summary>The id up to which events have been published; -1 until the reader has started.</summary>
    public long Position
    {
        get
        {
            lock (_lock)
            {
                return _position;
            }
        }
    }

    public int SubscriberCount
    {
        get
        {
            lock (_lock)
            {
                return _byOrganization.Values.Sum(list => list.Count);
            }
        }
    }

    /// <summary>
    /// Subscribes and returns the position at that instant: every event after it will be pushed,
    /// so a replay from the table up to it, then the push, has neither gap nor duplicate.
    /// </summary>
    public (EventSubscription Subscription, long Position) Subscribe(Guid organizationId, IReadOnlySet<string>? types)
    {
        var subscription = new EventSubscription(this, organizationId, types, options.Value.SubscriberBuffer);
        lock (_lock)
        {
            if (!_byOrganization.TryGetValue(organizationId, out var list))
            {
                _byOrganization[organizationId] = list = [];
            }

            list.Add(subscription);
            return (subscription, _position);
        }
    }

    /// <summary>Called once by the reader at start: the table's last id, where the push begins.</summary>
    internal void Start(long position)
    {
        lock (_lock)
        {
            _position = position;
        }
    }

    /// <summary>
    /// Publishes events, in id order, that the reader released. Each is rendered once, and only when
    /// a subscriber wants it: with nobody listening, publishing only moves the position.
    /// </summary>
    internal void Publish(IReadOnlyList<EventRecord> records)
    {
        List<EventSubscription>? slow = null;
        lock (_lock)
        {
            foreach (var record in records)
            {
                _position = record.Id;
                if (!_byOrganization.TryGetValue(record.OrganizationId, out var list))
                {
                    continue;
                }

                EventFrame? frame = null;
                foreach (var subscription in list)
                {
                    if (subscription.Wants(record.Type) && !subscription.TryDeliver(frame ??= EventFrame.From(record)))
                    {
                        (slow ??= []).Add(subscription);
                    }
                }

                if (slow is not null)
                {
                    foreach (var subscription in slow)
                    {
                        list.Remove(subscription);
                        subscription.Drop();
                    }

                    slow.Clear();
                    LogSlowSubscriberDropped(record.OrganizationId, options.Value.SubscriberBuffer);
                }
            }
        }
    }

    /// <summary>
    /// Queues a <c>: ping</c> for every subscriber. One shared tick instead of a timer per stream:
    /// with thousands of streams, per-stream timers cost more than the events themselves. A full
    /// buffer skips the ping (that stream is busy, not idle).
    /// </summary>
    internal void PingAll()
    {
        lock (_lock)
        {
            foreach (var list in _byOrganization.Values)
            {
                foreach (var subscription in list)
                {
                    subscription.TryDeliver(EventFrame.Ping);
                }
            }
        }
    }

    /// <summary>Ends every stream, so that open streams do not hold up the app's shutdown.</summary>
    internal void CompleteAll()
    {
        lock (_lock)
        {
            foreach (var subscription in _byOrganization.Values.SelectMany(list => list))
            {
                subscription.Drop();
            }

            _byOrganization.Clear();
        }
    }

    internal void Unsubscribe(EventSubscription subscription)
    {
        lock (_lock)
        {
            if (_byOrganization.TryGetValue(subscription.OrganizationId, out var list) && list.Remove(subscription) && list.Count == 0)
            {
                _byOrganization.Remove(subscription.OrganizationId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped an event stream subscriber of organisation {OrganizationId}: it fell {Buffer} events behind")]
    private partial void LogSlowSubscriberDropped(Guid organizationId, int buffer);
}
