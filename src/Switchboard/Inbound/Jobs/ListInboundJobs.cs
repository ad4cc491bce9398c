using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Api;
using Switchboard.Data;

namespace Switchboard.Inbound.Jobs;

/// <summary><c>GET /api/v1/inbound/jobs?state=parked</c>: where an operator finds jobs that gave up.</summary>
public static class ListInboundJobs
{
    private static readonly string[] States = ["pending", "parked", "done"];

    public static async Task<Results<Ok<Paged<InboundJobResponse>>, ValidationProblem>> HandleAsync(
        SwitchboardDbContext db, string? state, string? page, string? pageSize, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.Parse(page, pageSize, errors);
        if (state is not null && !States.Contains(state))
        {
            errors.Add("state", $"state must be one of: {string.Join(", ", States)}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.InboundJobs.AsQueryable();
        query = state switch
        {
            "pending" => query.Where(j => j.DoneAt == null && j.ParkedAt == null),
            "parked" => query.Where(j => j.ParkedAt != null),
            "done" => query.Where(j => j.DoneAt != null),
            _ => query,
        };
        // Filter and order on the entity: EF cannot translate members of a record built by its constructor.
        var ordered = Project(db, query);
        return TypedResults.Ok(await paging.ToPageAsync(ordered, j => j, ct));
    }

    /// <summary>Jobs with their event's dedupe key, as operators see them, newest first.</summary>
    public static IQueryable<InboundJobResponse> Project(SwitchboardDbContext db, IQueryable<InboundJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from j in jobs
               join e in db.WebhookEvents on j.WebhookEventId equals e.Id
               orderby j.CreatedAt descending, j.Id descending
               select new InboundJobResponse(
                   j.Id, j.Kind, j.DoneAt != null ? "done" : j.ParkedAt != null ? "parked" : "pending", j.WebhookEventId,
                   e.DedupeKey, j.Attempts, j.RunAt, j.LastError, j.ParkedAt, j.DoneAt, j.CreatedAt);
    }
}
