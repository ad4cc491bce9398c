using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Inbound.Jobs;

/// <summary>
/// Runs claimed jobs of one organisation as one set: their events in one query, everything the
/// messages need in one query per kind (<see cref="InboundBatchState"/>), the messages processed in
/// memory in arrival order, and all of it saved with the jobs' completion in one SaveChanges, one
/// transaction. A job whose message cannot be read, or whose number left the organisation, is
/// handed back to the worker before it changed anything, to be recorded as failed. Anything that
/// fails the batch as a whole (a unique violation: another instance created the same contact)
/// stored nothing, and the worker runs the jobs again one by one (ADR 0015).
/// </summary>
public sealed class InboundJobBatch(SwitchboardDbContext db, ITenantContext tenant, ProcessInboundMessage process, TimeProvider time)
{
    public async Task<IReadOnlyList<(ClaimedJob Job, Exception Error)>> RunAsync(IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        tenant.Set(jobs[0].OrganizationId);
        if (jobs.Any(j => j.OrganizationId != jobs[0].OrganizationId || j.ClaimedBy != jobs[0].ClaimedBy))
        {
            throw new ArgumentException("A batch holds the jobs of one organisation, claimed together.", nameof(jobs));
        }

        // One open for the batch's queries and its transaction: each open of a SQLite connection
        // runs the pragmas and registers EF Core's functions again (handles the finalizer frees).
        await db.Database.OpenConnectionAsync(ct);
        var failed = new List<(ClaimedJob, Exception)>();
        var work = await ReadAsync(jobs, failed, ct);
        if (work.Count == 0)
        {
            return failed;
        }

        var batch = await InboundBatchState.LoadAsync(db, work.Select(w => w.Sms).ToList(), ct);
        var done = new List<(Guid JobId, Guid EventId)>(work.Count);
        foreach (var (claimed, webhookEvent, sms) in work)
        {
            // Idempotent by Twilio's sid: a job that ran to the end once changes nothing when replayed.
            if (!batch.IsStored(sms.MessageSid))
            {
                if (batch.Number(sms.To) is not { } number)
                {
                    failed.Add((claimed, new InvalidOperationException($"The number {sms.To} does not belong to this organisation any more")));
                    continue;
                }

                // Each message its own moment, as when jobs ran one by one: the audit trail keeps their order.
                await process.RecordAsync(batch, number, sms, webhookEvent.ReceivedAt, time.GetUtcNow().UtcDateTime, ct);
            }

            done.Add((claimed.Id, webhookEvent.Id));
        }

        await SaveAsync(jobs[0].ClaimedBy, done, time.GetUtcNow().UtcDateTime, ct);
        return failed;
    }

    /// <summary>
    /// The batch's changes and the jobs' completion, in one transaction. The jobs and events are
    /// completed by two set-based statements rather than tracked, and only while the lease is still ours.
    /// </summary>
    private async Task SaveAsync(string claim, List<(Guid JobId, Guid EventId)> done, DateTime now, CancellationToken ct)
    {
        var jobIds = done.Select(d => d.JobId).ToList();
        var eventIds = done.Select(d => d.EventId).ToList();
        // All or nothing: no savepoint around the SaveChanges inside our transaction.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var completed = await db.InboundJobs.Where(j => jobIds.Contains(j.Id) && j.ClaimedBy == claim && j.DoneAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.DoneAt, now)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null)
                .SetProperty(j => j.LastError, (string?)null), ct);
        if (completed != jobIds.Count)
        {
            // A lease ran out meanwhile and another pass took a job over: roll back, and let the
            // worker run the jobs one by one, each skipping what is no longer ours.
            throw new InvalidOperationException($"{jobIds.Count - completed} of {jobIds.Count} inbound jobs are no longer held by {claim}");
        }

        await db.WebhookEvents.Where(e => eventIds.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.ProcessedAt, now), ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The jobs still ours with their events and messages, in arrival order; unreadable ones go to <paramref name="failed"/>.</summary>
    private async Task<List<(ClaimedJob Claimed, WebhookEvent Event, InboundSms Sms)>> ReadAsync(
        IReadOnlyList<ClaimedJob> jobs, List<(ClaimedJob, Exception)> failed, CancellationToken ct)
    {
        var ids = jobs.Select(j => j.Id).ToList();
        var rows = await (
            from job in db.InboundJobs.AsNoTracking()
            where ids.Contains(job.Id)
            join webhookEvent in db.WebhookEvents.AsNoTracking() on job.WebhookEventId equals webhookEvent.Id
            select new { job.Id, job.ClaimedBy, job.DoneAt, Event = webhookEvent }).ToDictionaryAsync(r => r.Id, ct);
        var work = new List<(ClaimedJob, WebhookEvent, InboundSms)>(jobs.Count);
        foreach (var claimed in jobs)
        {
            if (!rows.TryGetValue(claimed.Id, out var row) || row.ClaimedBy != claimed.ClaimedBy || row.DoneAt is not null)
            {
                // Our lease ran out and another pass took the job over; it is theirs now.
                continue;
            }

            try
            {
                work.Add((claimed, row.Event, InboundSms.Read(WebhookParameters.Parse(row.Event.RawBody))));
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                failed.Add((claimed, error));
            }
        }

        // Arrival order, so that of two messages from one number the first one is the lead's first message.
        return work.OrderBy(w => w.Item2.ReceivedAt).ToList();
    }
}
