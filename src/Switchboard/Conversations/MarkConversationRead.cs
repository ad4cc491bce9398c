using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Events;

namespace Switchboard.Conversations;

/// <summary>
/// <c>POST /api/v1/conversations/{id}/read</c>: an agent has read the conversation; its unread count
/// goes to zero and other agents' inboxes hear of it (<c>conversation_read</c>).
/// </summary>
public static class MarkConversationRead
{
    public static async Task<Results<Ok<ConversationResponse>, NotFound>> HandleAsync(
        Guid id, SwitchboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conversation is null)
        {
            return TypedResults.NotFound();
        }

        if (conversation.UnreadCount != 0)
        {
            conversation.UnreadCount = 0;
            conversation.UpdatedAt = time.GetUtcNow().UtcDateTime;
            db.AddEvent(EventTypes.ConversationRead, new { conversationId = conversation.Id, contactId = conversation.ContactId });
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok((await GetConversation.ReadAsync(db, id, ct))!);
    }
}
