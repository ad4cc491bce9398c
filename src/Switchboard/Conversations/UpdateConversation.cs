using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Delivery;
using Switchboard.Events;

namespace Switchboard.Conversations;

/// <summary>
/// <c>PATCH /api/v1/conversations/{id}</c>: an agent moves a conversation between open, pending and
/// closed. A new inbound message still reopens a closed one (threading does that).
/// </summary>
public static class UpdateConversation
{
    public sealed record Request(string? Status);

    public static async Task<Results<Ok<ConversationResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid id, Request request, SwitchboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Status))
        {
            return new FieldProblem("status", "required", "status is required: open, pending or closed.").ToResult();
        }

        if (!Enum.TryParse<ConversationStatus>(request.Status.Trim(), ignoreCase: true, out var status)
            || !Enum.IsDefined(status) || int.TryParse(request.Status, out _))
        {
            return new FieldProblem("status", "invalid_status", $"'{request.Status}' is not a conversation status: use open, pending or closed.").ToResult();
        }

        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conversation is null)
        {
            return TypedResults.NotFound();
        }

        if (conversation.Status != status)
        {
            var previous = conversation.Status;
            conversation.Status = status;
            conversation.UpdatedAt = time.GetUtcNow().UtcDateTime;
            db.AddEvent(EventTypes.ConversationStatusChanged, new
            {
                conversationId = conversation.Id, contactId = conversation.ContactId, phoneNumberId = conversation.PhoneNumberId,
                status = Word(status), previousStatus = Word(previous),
            });
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok((await GetConversation.ReadAsync(db, id, ct))!);
    }

    private static string Word(ConversationStatus status) => status.ToString().ToLowerInvariant();
}
