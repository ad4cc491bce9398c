using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Messaging;

namespace Switchboard.Delivery;

/// <summary><c>GET /api/v1/delivery/stats</c>: outbound messages by outcome, in total and per hour or day.</summary>
public static class GetDeliveryStats
{
    public sealed record Counts(int Total, int Sent, int Delivered, int Failed, int Undelivered, int Pending, int Retrying);

    public sealed record Bucket(DateTime Start, Counts Counts);

    public sealed record Response(DateTime From, DateTime To, string Period, Counts Totals, IReadOnlyList<Bucket> Periods);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> HandleAsync(
        DateTime? from, DateTime? to, string? period, SwitchboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var end = (to ?? time.GetUtcNow().UtcDateTime).ToUniversalTime();
        var start = (from ?? end.AddDays(-7)).ToUniversalTime();
        var byHour = string.Equals(period, "hour", StringComparison.OrdinalIgnoreCase);
        if (!byHour && period is not null && !string.Equals(period, "day", StringComparison.OrdinalIgnoreCase))
        {
            return new FieldProblem("period", "invalid_period", "period is 'hour' or 'day'.").ToResult();
        }

        if (start >= end || end - start > TimeSpan.FromDays(byHour ? 7 : 366))
        {
            return new FieldProblem("from", "invalid_range", "from must be before to, within 7 days for hours or 366 days for days.").ToResult();
        }

        var rows = await db.Messages.AsNoTracking()
            .Where(m => m.Direction == MessageDirection.Outbound && m.CreatedAt >= start && m.CreatedAt < end)
            .Select(m => new Row(m.CreatedAt, m.Status, m.AttemptCount, db.OutboxMessages.Any(o => o.MessageId == m.Id)))
            .ToListAsync(ct);
        var buckets = rows.GroupBy(r => byHour ? new DateTime(r.CreatedAt.Year, r.CreatedAt.Month, r.CreatedAt.Day, r.CreatedAt.Hour, 0, 0, DateTimeKind.Utc) : r.CreatedAt.Date)
            .OrderBy(g => g.Key).Select(g => new Bucket(DateTime.SpecifyKind(g.Key, DateTimeKind.Utc), Count(g.ToList()))).ToList();
        return TypedResults.Ok(new Response(start, end, byHour ? "hour" : "day", Count(rows), buckets));
    }

    private sealed record Row(DateTime CreatedAt, MessageStatus Status, int AttemptCount, bool InOutbox);

    private static Counts Count(List<Row> rows) => new(
        rows.Count,
        rows.Count(r => r.Status == MessageStatus.Sent),
        rows.Count(r => r.Status is MessageStatus.Delivered or MessageStatus.Read),
        rows.Count(r => r.Status == MessageStatus.Failed),
        rows.Count(r => r.Status == MessageStatus.Undelivered),
        rows.Count(r => r.InOutbox ? r.AttemptCount == 0 : r.Status is MessageStatus.Queued or MessageStatus.Accepted or MessageStatus.Scheduled or MessageStatus.Sending),
        rows.Count(r => r.InOutbox && r.AttemptCount > 0));
}
