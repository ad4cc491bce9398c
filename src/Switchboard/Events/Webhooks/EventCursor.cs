namespace Switchboard.Events.Webhooks;

/// <summary>
/// How far a consumer of the events table has got, shared by every instance: the webhook fan-out
/// locks its row while it turns events into deliveries, so each event is fanned out once.
/// </summary>
public sealed class EventCursor
{
    public const string WebhookFanOut = "webhooks";

    public required string Name { get; set; }

    public long Position { get; set; }
}
