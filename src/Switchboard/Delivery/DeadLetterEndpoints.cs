using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Messaging;

namespace Switchboard.Delivery;

/// <summary>Dead letters for operators: list them, and resend one as a new message (consent checked again).</summary>
public static class DeadLetterEndpoints
{
    public sealed record Item(Guid Id, Guid MessageId, string To, string From, string Body, string Reason, int? ErrorCode, DateTime CreatedAt, DateTime? ResentAt);

    public static async Task<Ok<List<Item>>> ListAsync(SwitchboardDbContext db, CancellationToken ct)
    {
        var items = await db.DeadLetters.AsNoTracking().Join(db.Messages, d => d.MessageId, m => m.Id,
                (d, m) => new Item(d.Id, m.Id, m.To, m.From, m.Body, d.Reason, d.ErrorCode, d.CreatedAt, d.ResentAt))
            .ToListAsync(ct);
        return TypedResults.Ok(items.OrderBy(i => i.ResentAt is not null).ThenByDescending(i => i.CreatedAt).ToList());
    }

    public static async Task<Results<Accepted<MessageResponse>, NotFound, ProblemHttpResult>> ResendAsync(
        Guid id, SwitchboardDbContext db, OutboundMessages outbound, TimeProvider time, CancellationToken ct)
    {
        var letter = await db.DeadLetters.SingleOrDefaultAsync(d => d.Id == id, ct);
        var message = letter is null ? null : await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == letter.MessageId, ct);
        if (letter is null || message is null)
        {
            return TypedResults.NotFound();
        }

        var result = await outbound.EnqueueAsync(new OutboundRequest(message.To, message.Body, From: message.From), ct);
        if (result.Problem is { } problem)
        {
            return problem.ToResult();
        }

        letter.ResentAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted($"/api/v1/messages/{result.Message!.Id}", MessageResponse.Of(result.Message));
    }
}
