using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Inbound.Jobs;

/// <summary>
/// Runs claimed jobs of one organisation in one transaction (ADR 0012), each behind a savepoint:
/// a job that throws is rolled back to its savepoint alone, so it takes none of the others'
/// effects with it and none of its own half-made changes are committed; it is handed back to the
/// worker to be recorded as failed. If the transaction itself fails, nothing of it was stored and
/// the worker runs the jobs again one by one.
/// </summary>
public sealed class InboundJobBatch(SwitchboardDbContext db, ITenantContext tenant, ProcessInboundMessage process)
{
    private const string Savepoint = "inbound_job";

    public async Task<IReadOnlyList<(ClaimedJob Job, Exception Error)>> RunAsync(IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        tenant.Set(jobs[0].OrganizationId);
        if (jobs.Any(j => j.OrganizationId != jobs[0].OrganizationId))
        {
            throw new ArgumentException("A batch holds the jobs of one organisation.", nameof(jobs));
        }

        // Our own savepoint per job stands in for the one EF Core would make per SaveChanges.
        db.Database.AutoSavepointsEnabled = false;
        var failed = new List<(ClaimedJob, Exception)>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var job in jobs)
        {
            await transaction.CreateSavepointAsync(Savepoint, ct);
            try
            {
                await process.ProcessAsync(job, ct);
            }
            catch (Exception error) when (error is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                await transaction.RollbackToSavepointAsync(Savepoint, ct);
                db.ChangeTracker.Clear();
                failed.Add((job, error));
            }
        }

        await transaction.CommitAsync(ct);
        return failed;
    }
}
