using System.Threading.Channels;

namespace Switchboard.Events.Streaming;

/// <summary>One live subscriber: its organisation, its type filter and its bounded buffer.</summary>
public sealed class EventSubscription : IDisposable
{
    private readonly EventHub _hub;
    private readonly Channel<EventFrame> _buffer;

    internal EventSubscription(EventHub hub, Guid organizationId, IReadOnlySet<string>? types, int capacity)
    {
        _hub = hub;
        OrganizationId = organizationId;
        Types = types;
        // Written only with TryWrite: a full buffer is reported to the hub instead of blocking it.
        _buffer = Channel.CreateBounded<EventFrame>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true, SingleWriter = true });
    }

    public Guid OrganizationId { get; }

    /// <summary>The event types wanted, or null for all.</summary>
    public IReadOnlySet<string>? Types { get; }

    /// <summary>Set when the hub dropped this subscriber for falling behind.</summary>
    public bool Dropped { get; private set; }

    public ChannelReader<EventFrame> Reader => _buffer.Reader;

    internal bool Wants(string type) => Types is null || Types.Contains(type);

    internal bool TryDeliver(EventFrame frame) => _buffer.Writer.TryWrite(frame);

    internal void Drop()
    {
        Dropped = true;
        _buffer.Writer.TryComplete();
    }

    public void Dispose()
    {
        _hub.Unsubscribe(this);
        _buffer.Writer.TryComplete();
    }
}
