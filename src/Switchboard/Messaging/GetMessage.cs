using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Delivery;

namespace Switchboard.Messaging;

/// <summary><c>GET /api/v1/messages/{id}</c>: the message with its calls to Twilio and its status history.</summary>
public static class GetMessage
{
    public sealed record Attempt(int Number, bool Counted, AttemptOutcome Outcome, int? ErrorCode, string? ErrorMessage, string? TwilioSid, DateTime StartedAt, DateTime? FinishedAt);

    public sealed record StatusEntry(MessageStatus Status, bool Applied, StatusSource Source, int? ErrorCode, string? RawDlrDoneDate, DateTime OccurredAt);

    public sealed record Response(
        MessageResponse Message, string? RawDlrDoneDate, bool Pending, DateTime? NextAttemptAt, bool DeadLettered,
        IReadOnlyList<Attempt> Attempts, IReadOnlyList<StatusEntry> StatusHistory);

    public static async Task<Results<Ok<Response>, NotFound>> HandleAsync(Guid id, SwitchboardDbContext db, CancellationToken ct)
    {
        // One snapshot: a send recorded between two of these reads would show its attempt unfinished but its outbox row gone.
        await using var snapshot = await ReadSnapshot.BeginAsync(db, ct);
        var message = await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return TypedResults.NotFound();
        }

        var attempts = await db.DeliveryAttempts.AsNoTracking().Where(a => a.MessageId == id).OrderBy(a => a.Number)
            .Select(a => new Attempt(a.Number, a.Counted, a.Outcome, a.ErrorCode, a.ErrorMessage, a.TwilioSid, a.StartedAt, a.FinishedAt))
            .ToListAsync(ct);
        var history = await db.MessageStatusChanges.AsNoTracking().Where(c => c.MessageId == id)
            .Select(c => new StatusEntry(c.Status, c.Applied, c.Source, c.ErrorCode, c.RawDlrDoneDate, c.OccurredAt))
            .ToListAsync(ct);
        var outbox = await db.OutboxMessages.AsNoTracking().Where(o => o.MessageId == id).Select(o => (DateTime?)o.DueAt).FirstOrDefaultAsync(ct);
        var dead = await db.DeadLetters.AnyAsync(d => d.MessageId == id, ct);
        return TypedResults.Ok(new Response(
            MessageResponse.Of(message) with { Media = await MessageMediaLoader.ForMessageAsync(db, id, ct) }, message.RawDlrDoneDate, outbox is not null, outbox, dead,
            attempts, history.OrderBy(h => h.OccurredAt).ToList()));
    }
}
