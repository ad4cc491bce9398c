using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Switchboard.Inbound.Jobs;

namespace Switchboard.Inbound.Writes;

/// <summary>
/// Group commit for inbound webhooks (ADR 0010): requests queue their rows here and one writer
/// stores up to <see cref="InboundWriteOptions.BatchSize"/> of them per transaction, waiting at
/// most <see cref="InboundWriteOptions.Linger"/> for a batch to fill. Each request is answered
/// only after its batch committed; a failed batch fails its own requests and no others.
/// </summary>
public sealed partial class InboundWriter : BackgroundService
{
    private readonly Channel<InboundWrite> queue;
    private readonly IInboundBatchStore store;
    private readonly InboundSignal signal;
    private readonly InboundWriteOptions settings;
    private readonly TimeProvider time;
    private readonly ILogger<InboundWriter> logger;

    public InboundWriter(
        IInboundBatchStore store, InboundSignal signal, IOptions<InboundWriteOptions> options, TimeProvider time, ILogger<InboundWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.store = store;
        this.signal = signal;
        this.time = time;
        this.logger = logger;
        settings = options.Value;
        queue = Channel.CreateBounded<InboundWrite>(new BoundedChannelOptions(settings.QueueCapacity)
        {
            SingleReader = true, FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Queues the write and returns once it is committed (or known to be a duplicate).</summary>
    public async Task<InboundWriteOutcome> WriteAsync(InboundWrite write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(write);
        await queue.Writer.WriteAsync(write, ct);
        // Once queued the write goes ahead even if the caller gives up, so its own token is not
        // passed on: the answer is only ever "committed" or an error.
        return await write.Completion;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<InboundWrite>(settings.BatchSize);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                await FillAsync(batch, stoppingToken);
                await CommitAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever is still queued was never stored, so its requests fail and
            // Twilio retries them (against another instance, or this one after restart).
            queue.Writer.TryComplete();
            var stopped = new OperationCanceledException("The inbound writer stopped before this webhook was stored.");
            foreach (var write in batch)
            {
                write.Fail(stopped);
            }

            while (queue.Reader.TryRead(out var left))
            {
                left.Fail(stopped);
            }
        }
    }

    private async Task FillAsync(List<InboundWrite> batch, CancellationToken ct)
    {
        Drain(batch);
        if (batch.Count >= settings.BatchSize || settings.Linger <= TimeSpan.Zero)
        {
            return;
        }

        using var linger = CancellationTokenSource.CreateLinkedTokenSource(ct);
        linger.CancelAfter(settings.Linger);
        try
        {
            while (batch.Count < settings.BatchSize && await queue.Reader.WaitToReadAsync(linger.Token))
            {
                Drain(batch);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The linger ran out: commit what we have.
        }
    }

    private void Drain(List<InboundWrite> batch)
    {
        while (batch.Count < settings.BatchSize && queue.Reader.TryRead(out var write))
        {
            batch.Add(write);
        }
    }

    private async Task CommitAsync(List<InboundWrite> batch, CancellationToken ct)
    {
        IReadOnlyList<InboundWriteOutcome> outcomes;
        var started = time.GetTimestamp();
        try
        {
            outcomes = await store.StoreAsync(batch, ct);
        }
        catch (Exception error) when (error is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogBatchFailed(logger, batch.Count, error);
            foreach (var write in batch)
            {
                write.Fail(error);
            }

            return;
        }

        LogBatchCommitted(logger, batch.Count, time.GetElapsedTime(started).TotalMilliseconds);
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Complete(outcomes[i]);
        }

        if (outcomes.Contains(InboundWriteOutcome.Stored))
        {
            signal.Poke();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound batch of {Count} webhooks failed; their requests answer 500 and Twilio retries them")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Inbound batch of {Count} webhooks committed in {Milliseconds} ms")]
    private static partial void LogBatchCommitted(ILogger logger, int count, double milliseconds);
}
