using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Conversations;

/// <summary><c>GET /api/v1/conversations/{id}</c>: one conversation, with its contact and number.</summary>
public static class GetConversation
{
    public static async Task<Results<Ok<ConversationResponse>, NotFound>> HandleAsync(Guid id, SwitchboardDbContext db, CancellationToken ct) =>
        await ReadAsync(db, id, ct) is { } conversation ? TypedResults.Ok(conversation) : TypedResults.NotFound();

    /// <summary>Tenant-filtered: another organisation's conversation is not found.</summary>
    internal static Task<ConversationResponse?> ReadAsync(SwitchboardDbContext db, Guid id, CancellationToken ct) =>
        ListConversations.Project(db, db.Conversations.Where(c => c.Id == id)).SingleOrDefaultAsync(ct);
}
