using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Inbound.Jobs;

namespace Switchboard.Inbound.Writes;

/// <summary>
/// Group commit for inbound webhooks (ADR 0010) on <see cref="GroupCommit{TItem, TResult}"/>:
/// requests queue their rows here and one writer stores up to
/// <see cref="InboundWriteOptions.BatchSize"/> of them per transaction, waiting at most
/// <see cref="InboundWriteOptions.Linger"/> for a batch to fill. Each request is answered only after
/// its batch committed; a failed batch fails its own requests (500, Twilio retries) and no others,
/// and on stop what is still queued fails the same way, never answered without a commit.
/// </summary>
public sealed partial class InboundWriter : BackgroundService
{
    private readonly GroupCommit<InboundWrite, InboundWriteOutcome> queue;

    public InboundWriter(
        IInboundBatchStore store, InboundSignal signal, IOptions<InboundWriteOptions> options, TimeProvider time, ILogger<InboundWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        queue = new(
            settings.BatchSize,
            settings.Linger,
            async (batch, ct) =>
            {
                var started = time.GetTimestamp();
                var outcomes = await store.StoreAsync(batch, ct);
                LogBatchCommitted(logger, batch.Count, time.GetElapsedTime(started).TotalMilliseconds);
                if (outcomes.Contains(InboundWriteOutcome.Stored))
                {
                    signal.Wake();
                }

                return outcomes;
            },
            (count, error) => LogBatchFailed(logger, count, error),
            settings.QueueCapacity);
    }

    /// <summary>Queues the write and returns once it is committed (or known to be a duplicate).</summary>
    public Task<InboundWriteOutcome> WriteAsync(InboundWrite write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(write);
        return queue.WriteAsync(write, ct);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => queue.RunAsync(stoppingToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound batch of {Count} webhooks failed; their requests answer 500 and Twilio retries them")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Inbound batch of {Count} webhooks committed in {Milliseconds} ms")]
    private static partial void LogBatchCommitted(ILogger logger, int count, double milliseconds);
}
