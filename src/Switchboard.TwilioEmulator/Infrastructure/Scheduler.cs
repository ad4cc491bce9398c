using Microsoft.Extensions.Hosting;

namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>
/// The emulator's one clock-driven loop. Work is scheduled for a time on the configured
/// <see cref="TimeProvider"/>; the loop sleeps on a single timer until the earliest item is due
/// and runs due items in time order (FIFO for equal times). Items run on the loop and must be
/// quick: anything that does I/O (callbacks) hands off to <see cref="WebhookSender"/>.
/// With a controllable clock, advancing it fires the timer and the loop catches up at once.
/// </summary>
public sealed class Scheduler(TimeProvider time, ILogger<Scheduler> logger) : BackgroundService
{
    private readonly PriorityQueue<Action, (DateTimeOffset Due, long Seq)> queue = new();
    // Never disposed: requests may still schedule work while the host shuts down, and a
    // SemaphoreSlim whose wait handle is never used holds nothing that needs releasing.
    private readonly SemaphoreSlim wake = new(0);
    private readonly Lock gate = new();
    private long sequence;

    public TimeProvider Time => time;

    public DateTimeOffset Now => time.GetUtcNow();

    public void Schedule(DateTimeOffset due, Action work)
    {
        lock (gate)
        {
            queue.Enqueue(work, (due, sequence++));
        }

        wake.Release();
    }

    public void Clear()
    {
        lock (gate)
        {
            queue.Clear();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var nextDue = RunDue();
            using var timer = nextDue is { } due
                ? time.CreateTimer(_ => wake.Release(), null, Clamp(due - time.GetUtcNow()), Timeout.InfiniteTimeSpan)
                : null;
            try
            {
                await wake.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private DateTimeOffset? RunDue()
    {
        while (true)
        {
            Action work;
            lock (gate)
            {
                if (!queue.TryPeek(out _, out var head))
                {
                    return null;
                }

                if (head.Due > time.GetUtcNow())
                {
                    return head.Due;
                }

                work = queue.Dequeue();
            }

            try
            {
                work();
            }
#pragma warning disable CA1031 // One broken item must not stop the clock for everything else.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Scheduled emulator work failed");
            }
        }
    }

    private static TimeSpan Clamp(TimeSpan delay) =>
        delay <= TimeSpan.Zero ? TimeSpan.Zero : delay > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : delay;
}
