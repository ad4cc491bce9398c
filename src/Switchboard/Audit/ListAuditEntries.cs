using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Api;
using Switchboard.Data;

namespace Switchboard.Audit;

/// <summary><c>GET /api/v1/audit</c>: newest first; filters action, from, to (ISO 8601); paged.</summary>
public static class ListAuditEntries
{
    public sealed record Item(Guid Id, string Actor, string Action, string? Target, string? Detail, string? IpAddress, DateTime At);

    public static async Task<Results<Ok<Paged<Item>>, ValidationProblem>> HandleAsync(
        SwitchboardDbContext db, string? action, string? from, string? to, string? page, string? pageSize, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.Parse(page, pageSize, errors);
        var since = Instant(errors, "from", from);
        var until = Instant(errors, "to", to);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(e => e.Action == action);
        }

        if (since is { } s)
        {
            query = query.Where(e => e.At >= s);
        }

        if (until is { } u)
        {
            query = query.Where(e => e.At < u);
        }

        var ordered = query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);
        return TypedResults.Ok(await paging.ToPageAsync(
            ordered, e => new Item(e.Id, e.Actor, e.Action, e.Target, e.Detail, e.IpAddress, e.At), ct));
    }

    private static DateTime? Instant(QueryErrors errors, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.UtcDateTime;
        }

        errors.Add(field, $"{field} must be an ISO 8601 date and time, such as 2026-01-31T09:00:00Z.");
        return null;
    }
}
