namespace Switchboard.Inbound.Writes;

/// <summary>One webhook's rows, waiting in the group-commit queue for the batch that stores them.</summary>
public sealed class InboundWrite(WebhookEvent webhookEvent, Jobs.InboundJob job)
{
    public WebhookEvent Event { get; } = webhookEvent;

    public Jobs.InboundJob Job { get; } = job;
}

public enum InboundWriteOutcome
{
    /// <summary>The event and its job are committed.</summary>
    Stored,

    /// <summary>An event with the same dedupe key was already stored, or is stored by this batch: nothing new.</summary>
    Duplicate,
}
