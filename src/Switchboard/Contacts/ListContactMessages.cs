using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Api;
using Switchboard.Data;
using Switchboard.Messaging;

namespace Switchboard.Contacts;

/// <summary><c>GET /api/v1/contacts/{id}/messages</c>: everything to and from the contact, newest first.</summary>
public static class ListContactMessages
{
    public static async Task<Results<Ok<Paged<MessageResponse>>, NotFound, ValidationProblem>> HandleAsync(
        Guid id, SwitchboardDbContext db, string? page, string? pageSize, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.Parse(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await db.Contacts.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var ordered = db.Messages.AsNoTracking().Where(m => m.ContactId == id)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id);
        return TypedResults.Ok(await paging.ToPageAsync(ordered, MessageResponse.Of, ct));
    }
}
