namespace Switchboard.Inbound.Writes;

/// <summary>One webhook's rows, waiting in the group-commit queue for the batch that stores them.</summary>
public sealed class InboundWrite(WebhookEvent webhookEvent, Jobs.InboundJob job)
{
    private readonly TaskCompletionSource<InboundWriteOutcome> done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WebhookEvent Event { get; } = webhookEvent;

    public Jobs.InboundJob Job { get; } = job;

    /// <summary>Completes once the batch holding this write has committed (or failed).</summary>
    public Task<InboundWriteOutcome> Completion => done.Task;

    internal void Complete(InboundWriteOutcome outcome) => done.TrySetResult(outcome);

    internal void Fail(Exception error) => done.TrySetException(error);
}

public enum InboundWriteOutcome
{
    /// <summary>The event and its job are committed.</summary>
    Stored,

    /// <summary>An event with the same dedupe key was already stored, or is stored by this batch: nothing new.</summary>
    Duplicate,
}
