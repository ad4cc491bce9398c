using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Api;
using Switchboard.Data;
using Switchboard.Messaging;

namespace Switchboard.Conversations;

/// <summary><c>GET /api/v1/conversations/{id}/messages</c>: the thread, newest first.</summary>
public static class ListConversationMessages
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

        // Tenant-filtered: another organisation's conversation is not found, not forbidden.
        if (!await db.Conversations.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var ordered = db.Messages.AsNoTracking().Where(m => m.ConversationId == id)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id);
        return TypedResults.Ok(await paging.ToPageAsync(ordered, MessageResponse.Of, ct));
    }
}
