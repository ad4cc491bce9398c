using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Inbound.Jobs;

/// <summary>
/// <c>POST /api/v1/inbound/jobs/{id}/replay</c>: gives a parked job a fresh set of attempts, once
/// the operator has fixed its cause. Processing is idempotent by MessageSid, so a replay never
/// stores a message twice.
/// </summary>
public static class ReplayInboundJob
{
    public static async Task<Results<Accepted<InboundJobResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid id, SwitchboardDbContext db, InboundSignal signal, TimeProvider time, CancellationToken ct)
    {
        var job = await db.InboundJobs.SingleOrDefaultAsync(j => j.Id == id, ct);
        if (job is null)
        {
            return TypedResults.NotFound();
        }

        if (job.ParkedAt is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Only a parked job can be replayed.",
                detail: job.DoneAt is null ? "The job is still pending; the worker will retry it." : "The job is done.");
        }

        job.ParkedAt = null;
        job.Attempts = 0;
        job.RunAt = time.GetUtcNow().UtcDateTime;
        job.LeaseUntil = null;
        job.ClaimedBy = null;
        await db.SaveChangesAsync(ct);
        signal.Wake();
        var replayed = await ListInboundJobs.Project(db, db.InboundJobs.Where(j => j.Id == id)).SingleAsync(ct);
        return TypedResults.Accepted($"/api/v1/inbound/jobs/{id}", replayed);
    }
}
