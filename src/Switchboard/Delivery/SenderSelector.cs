using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts;
using Switchboard.Data;
using Switchboard.Numbers;

namespace Switchboard.Delivery;

/// <summary>
/// Picks the business number a message goes out from: an explicit <c>from</c> when it is the
/// organisation's; else the number the contact has been texting with (sticky sender), so the
/// customer sees one thread; else the least-loaded number enabled for rotation.
/// </summary>
public sealed class SenderSelector(SwitchboardDbContext db)
{
    public async Task<(PhoneNumber? Number, FieldProblem? Problem)> ChooseAsync(string? from, Contact? contact, CancellationToken ct)
    {
        var numbers = await db.PhoneNumbers.AsNoTracking().Where(n => n.SupportsSms).OrderBy(n => n.E164).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(from))
        {
            var wanted = numbers.FirstOrDefault(n => n.E164 == from.Trim());
            return wanted is null
                ? (null, new FieldProblem("from", "not_our_number", $"{from} is not one of this organisation's SMS numbers."))
                : (wanted, null);
        }

        if (numbers.Count == 0)
        {
            return (null, new FieldProblem("from", "no_sender", "This organisation has no SMS-capable number to send from.", StatusCodes.Status422UnprocessableEntity));
        }

        if (contact is not null && await StickyAsync(contact.Id, ct) is { } sticky && numbers.FirstOrDefault(n => n.Id == sticky) is { } kept)
        {
            return (kept, null);
        }

        var pool = numbers.Where(n => n.RotationEnabled).ToList();
        if (pool.Count == 0)
        {
            pool = numbers;
        }

        if (pool.Count == 1)
        {
            return (pool[0], null);
        }

        var load = await db.OutboxMessages.Join(db.Messages, o => o.MessageId, m => m.Id, (o, m) => m.From)
            .GroupBy(f => f).Select(g => new { From = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.From, g => g.Count, ct);
        return (pool.OrderBy(n => load.GetValueOrDefault(n.E164)).ThenBy(n => n.E164, StringComparer.Ordinal).First(), null);
    }

    private Task<Guid?> StickyAsync(Guid contactId, CancellationToken ct) =>
        db.Conversations.Where(c => c.ContactId == contactId)
            .OrderByDescending(c => c.LastMessageAt).ThenByDescending(c => c.UpdatedAt)
            .Select(c => (Guid?)c.PhoneNumberId).FirstOrDefaultAsync(ct);
}
