using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Inbound.Jobs;

/// <summary>A job this worker holds until <see cref="LeaseUntil"/>.</summary>
public sealed record ClaimedJob(Guid Id, Guid OrganizationId, int Attempts, string ClaimedBy, DateTime LeaseUntil);

/// <summary>
/// Claims due jobs with a lease and records how they ended. Claims are cross-tenant (one queue
/// for every organisation), so they run in an explicit system scope.
/// </summary>
public sealed class InboundJobClaims(SwitchboardDbContext db, ITenantContext tenant, TimeProvider time)
{
    public async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(string worker, InboundOptions settings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + settings.LeaseDuration;
        // Unique per pass, so reading back finds exactly what this statement claimed.
        var claim = $"{worker}/{Guid.NewGuid():N}";
        using (tenant.AsSystem())
        {
            IReadOnlyList<Guid> ids;
            if (db.Database.IsNpgsql())
            {
                ids = await ClaimWithRowLocksAsync(now, until, claim, settings.BatchSize, ct);
            }
            else
            {
                // SQLite has one writer: the conditional UPDATE is atomic, and a row another pass
                // claimed after the candidates were read no longer matches its WHERE.
                ids = await Due(now).OrderBy(j => j.RunAt).Take(settings.BatchSize).Select(j => j.Id).ToListAsync(ct);
                if (ids.Count > 0)
                {
                    await Due(now).Where(j => ids.Contains(j.Id))
                        .ExecuteUpdateAsync(s => s
                            .SetProperty(j => j.ClaimedBy, claim)
                            .SetProperty(j => j.LeaseUntil, until)
                            .SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
                }
            }

            if (ids.Count == 0)
            {
                return [];
            }

            // By primary key: claimed_by has no index, and the table keeps every finished job.
            return await db.InboundJobs.AsNoTracking().Where(j => ids.Contains(j.Id) && j.ClaimedBy == claim)
                .OrderBy(j => j.RunAt)
                .Select(j => new ClaimedJob(j.Id, j.OrganizationId, j.Attempts, claim, until))
                .ToListAsync(ct);
        }
    }

    /// <summary>Schedules the next attempt, or parks the job after its last one.</summary>
    public async Task FailAsync(ClaimedJob job, string error, InboundOptions settings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(settings);
        var now = time.GetUtcNow().UtcDateTime;
        var parked = job.Attempts >= settings.MaxAttempts ? now : (DateTime?)null;
        var runAt = now + settings.RetryDelay(job.Attempts);
        var text = error.Length > 2000 ? error[..2000] : error;
        using (tenant.AsSystem())
        {
            // Only while the lease is still ours: an expired lease may already be someone else's.
            await db.InboundJobs.Where(j => j.Id == job.Id && j.ClaimedBy == job.ClaimedBy && j.DoneAt == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.LastError, text)
                    .SetProperty(j => j.ParkedAt, parked)
                    .SetProperty(j => j.RunAt, runAt)
                    .SetProperty(j => j.LeaseUntil, (DateTime?)null), ct);
        }
    }

    private IQueryable<InboundJob> Due(DateTime now) =>
        db.InboundJobs.Where(j => j.DoneAt == null && j.ParkedAt == null && j.RunAt <= now
            && (j.LeaseUntil == null || j.LeaseUntil < now));

    // Several instances share PostgreSQL: SKIP LOCKED lets each take different rows without waiting.
    private async Task<IReadOnlyList<Guid>> ClaimWithRowLocksAsync(DateTime now, DateTime until, string claim, int batch, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT id AS "Value" FROM inbound_jobs
            WHERE done_at IS NULL AND parked_at IS NULL AND run_at <= {now} AND (lease_until IS NULL OR lease_until < {now})
            ORDER BY run_at LIMIT {batch}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        if (ids.Count > 0)
        {
            await db.InboundJobs.Where(j => ids.Contains(j.Id))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.ClaimedBy, claim)
                    .SetProperty(j => j.LeaseUntil, until)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
        }

        await transaction.CommitAsync(ct);
        return ids;
    }
}
