using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Api;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Messaging;

/// <summary><c>GET /api/v1/messages</c>: newest first; filters direction, status, to, from, contactId (DESIGN.md).</summary>
public static class ListMessages
{
    public static RouteGroupBuilder MapMessageList(this RouteGroupBuilder api)
    {
        api.MapGet("/messages", HandleAsync)
            .WithName("ListMessages")
            .WithSummary("Messages, newest first; filters direction, status, to, from, contactId; paged.");
        return api;
    }

    public static async Task<Results<Ok<Paged<MessageResponse>>, ValidationProblem>> HandleAsync(
        SwitchboardDbContext db, ITenantContext tenant, string? direction, string? status, string? to, string? from,
        string? contactId, string? page, string? pageSize, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.Parse(page, pageSize, errors);
        var directionFilter = errors.Enum<MessageDirection>("direction", direction);
        var statusFilter = errors.Enum<MessageStatus>("status", status);
        var toFilter = await errors.PhoneAsync("to", to, db, tenant, ct);
        var fromFilter = await errors.PhoneAsync("from", from, db, tenant, ct);
        var contactFilter = errors.Guid("contactId", contactId);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Messages.AsNoTracking();
        if (directionFilter is { } d)
        {
            query = query.Where(m => m.Direction == d);
        }

        if (statusFilter is { } s)
        {
            query = query.Where(m => m.Status == s);
        }

        if (toFilter is not null)
        {
            query = query.Where(m => m.To == toFilter);
        }

        if (fromFilter is not null)
        {
            query = query.Where(m => m.From == fromFilter);
        }

        if (contactFilter is { } id)
        {
            query = query.Where(m => m.ContactId == id);
        }

        var ordered = query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id);
        return TypedResults.Ok(await MessageMediaLoader.AttachAsync(db, await paging.ToPageAsync(ordered, MessageResponse.Of, ct), ct));
    }
}
