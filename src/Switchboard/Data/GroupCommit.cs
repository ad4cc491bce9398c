using System.Threading.Channels;

namespace Switchboard.Data;

/// <summary>
/// Group commit as a small primitive (ADR 0013; the inbound writer of ADR 0010 and the status
/// callback writer use it):
/// callers queue an item and wait; one loop hands up to <c>batchSize</c> items at a time to
/// <c>commit</c>, waiting at most <c>linger</c> for a batch to fill, and answers each caller with
/// its result only after that commit returned. A failed batch fails its own callers and no others.
/// The bounded queue (<c>capacity</c>, by default 16 batches) turns overload into back-pressure.
/// </summary>
public sealed class GroupCommit<TItem, TResult>(
    int batchSize, TimeSpan linger, Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<TResult>>> commit,
    Action<int, Exception> failed, int? capacity = null)
{
    private readonly Channel<(TItem Item, TaskCompletionSource<TResult> Done)> queue =
        Channel.CreateBounded<(TItem, TaskCompletionSource<TResult>)>(new BoundedChannelOptions(capacity ?? batchSize * 16)
        {
            SingleReader = true, FullMode = BoundedChannelFullMode.Wait,
        });

    /// <summary>Queues the item and returns its result once its batch is committed.</summary>
    public async Task<TResult> WriteAsync(TItem item, CancellationToken ct)
    {
        var done = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        await queue.Writer.WriteAsync((item, done), ct);
        // Once queued it goes ahead even if the caller gives up: the answer is only "committed" or an error.
        return await done.Task;
    }

    /// <summary>The commit loop; on stop, whatever is still queued fails (it was never stored).</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(TItem Item, TaskCompletionSource<TResult> Done)>(batchSize);
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
            queue.Writer.TryComplete();
            var stopped = new OperationCanceledException("Stopped before this write was committed.");
            batch.ForEach(entry => entry.Done.TrySetException(stopped));
            while (queue.Reader.TryRead(out var left))
            {
                left.Done.TrySetException(stopped);
            }
        }
    }

    private async Task FillAsync(List<(TItem, TaskCompletionSource<TResult>)> batch, CancellationToken ct)
    {
        using var timer = new CancellationTokenSource(linger);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
        do
        {
            while (batch.Count < batchSize && queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }
        }
        while (batch.Count < batchSize && linger > TimeSpan.Zero && await WaitOrLingerOutAsync(either.Token, ct));
    }

    // False once the linger ran out: commit what is there.
    private async Task<bool> WaitOrLingerOutAsync(CancellationToken lingering, CancellationToken ct)
    {
        try
        {
            return await queue.Reader.WaitToReadAsync(lingering);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task CommitAsync(List<(TItem Item, TaskCompletionSource<TResult> Done)> batch, CancellationToken ct)
    {
        try
        {
            var results = await commit(batch.ConvertAll(entry => entry.Item), ct);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            failed(batch.Count, error);
            batch.ForEach(entry => entry.Done.TrySetException(error));
        }
    }
}
