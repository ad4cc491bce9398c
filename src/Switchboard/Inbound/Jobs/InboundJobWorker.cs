using Microsoft.Extensions.Options;

namespace Switchboard.Inbound.Jobs;

/// <summary>
/// Processes stored inbound events (ADR 0003): claims due jobs, runs them per organisation in
/// set-based batches of one transaction (ADR 0015), retries failures with backoff and parks a job
/// after its last attempt. A parked or backing-off job is simply not due, so it never holds up the
/// jobs behind it.
/// </summary>
public sealed partial class InboundJobWorker(
    IServiceScopeFactory scopes, InboundSignal signal, IOptionsMonitor<InboundOptions> options,
    TimeProvider time, ILogger<InboundJobWorker> logger) : BackgroundService
{
    private readonly string worker = $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue;
            var claimed = 0;
            try
            {
                claimed = await RunPassAsync(settings, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // A database outage must not end the worker; the next pass tries again.
                LogPassFailed(logger, error);
            }

            // A full batch means more is probably due: go again at once.
            if (claimed < settings.BatchSize)
            {
                try
                {
                    await signal.WaitAsync(settings.PollInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<int> RunPassAsync(InboundOptions settings, CancellationToken ct)
    {
        IReadOnlyList<ClaimedJob> jobs;
        await using (var scope = scopes.CreateAsyncScope())
        {
            jobs = await scope.ServiceProvider.GetRequiredService<InboundJobClaims>().ClaimAsync(worker, settings, ct);
        }

        foreach (var group in jobs.GroupBy(j => j.OrganizationId).SelectMany(g => g.Chunk(settings.JobsPerTransaction)))
        {
            await RunBatchAsync(group, settings, ct);
        }

        return jobs.Count;
    }

    private async Task RunBatchAsync(ClaimedJob[] jobs, InboundOptions settings, CancellationToken ct)
    {
        IReadOnlyList<(ClaimedJob Job, Exception Error)> failed;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            failed = await scope.ServiceProvider.GetRequiredService<InboundJobBatch>().RunAsync(jobs, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and the jobs are claimed again.
            throw;
        }
        catch (Exception error) when (jobs.Length > 1)
        {
            // The batch failed as a whole, so none of it was stored: one job per transaction.
            LogBatchFailed(logger, jobs.Length, error.Message);
            foreach (var job in jobs)
            {
                await RunBatchAsync([job], settings, ct);
            }

            return;
        }
        catch (Exception error)
        {
            failed = [(jobs[0], error)];
        }

        foreach (var (job, error) in failed)
        {
            await RecordFailureAsync(job, error, settings, ct);
        }
    }

    private async Task RecordFailureAsync(ClaimedJob job, Exception error, InboundOptions settings, CancellationToken ct)
    {
        LogJobFailed(logger, job.Id, job.Attempts, error.Message);
        // A fresh scope: the failed one may hold half-made changes.
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InboundJobClaims>().FailAsync(job, $"{error.GetType().Name}: {error.Message}", settings, ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound worker pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound batch of {Count} jobs failed as a whole ({Reason}); running them one by one")]
    private static partial void LogBatchFailed(ILogger logger, int count, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound job {JobId} failed on attempt {Attempt}: {Reason}")]
    private static partial void LogJobFailed(ILogger logger, Guid jobId, int attempt, string reason);
}
