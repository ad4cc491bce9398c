using Switchboard.Workers;

namespace Switchboard.Events.Webhooks;

/// <summary>
/// Wakes the webhook workers early instead of leaving a new event to wait for their next poll: the
/// stream's reader wakes the fan-out when it has published events (committed here, or announced by
/// another instance's NOTIFY), and the fan-out and replays wake the dispatcher when deliveries are due.
/// </summary>
public sealed class WebhookWakes
{
    public FanOutSignal FanOut { get; } = new();

    public DispatchSignal Dispatch { get; } = new();

    public sealed class FanOutSignal : WakeSignal;

    public sealed class DispatchSignal : WakeSignal;
}
