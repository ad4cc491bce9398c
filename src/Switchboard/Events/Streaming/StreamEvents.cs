using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Events.Streaming;

/// <summary><c>GET /api/v1/events</c>: the caller's organisation's events as server-sent events.</summary>
public static class StreamEvents
{
    public static Results<EventStreamResult, ProblemHttpResult> Handle(
        ITenantContext tenant,
        EventHub hub,
        SwitchboardDbContext db,
        [FromHeader(Name = "Last-Event-ID")] string? lastEventIdHeader,
        [FromQuery] string? lastEventId,
        [FromQuery] string? types)
    {
        var resumeText = string.IsNullOrWhiteSpace(lastEventIdHeader) ? lastEventId : lastEventIdHeader;
        long? resumeAfter = null;
        if (!string.IsNullOrWhiteSpace(resumeText))
        {
            if (!long.TryParse(resumeText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Invalid Last-Event-ID",
                    detail: "Last-Event-ID (or lastEventId) must be the id of an event this stream sent.");
            }

            resumeAfter = parsed;
        }

        var wanted = string.IsNullOrWhiteSpace(types)
            ? null
            : types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var organizationId = tenant.OrganizationId ?? throw new TenantNotSetException();
        return new EventStreamResult(new EventStreamRequest(organizationId, wanted, resumeAfter), hub, db);
    }
}

/// <summary>Who is listening, for what, and from which event on.</summary>
public sealed record EventStreamRequest(Guid OrganizationId, IReadOnlySet<string>? Types, long? ResumeAfter);
