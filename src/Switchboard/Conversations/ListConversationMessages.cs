using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Api;
using Switchboard.Data;
using Switchboard.Messaging;

namespace Switchboard.Conversations;

/// <summary><c>GET /api/v1/conversations/{id}/messages</c>: the thread, newest first.</summary>
public static class ListConversationMessages
{
    public static Task<Results<Ok<Paged<MessageResponse>>, NotFound, ValidationProblem>> HandleAsync(
        Guid id, SwitchboardDbContext db, string? page, string? pageSize, CancellationToken ct) =>
        MessagePages.OfAsync(db, c => db.Conversations.AnyAsync(x => x.Id == id, c), db.Messages.Where(m => m.ConversationId == id), page, pageSize, ct);
}
