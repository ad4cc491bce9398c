namespace Switchboard.TwilioEmulator.Messaging;

/// <summary><c>GET /Messages.json</c>: newest first, filtered by <c>To</c>, <c>From</c> and <c>DateSent</c> (=, &lt;, &gt;), paged.</summary>
internal static class ListMessages
{
    public static IResult Handle(HttpRequest request, EmulatorState state)
    {
        var q = request.Query;
        IEnumerable<MessageRecord> items = state.MessagesNewestFirst().Where(request.Owns);
        if (q["To"] is { Count: > 0 } to)
        {
            items = items.Where(m => string.Equals(m.To, to.ToString(), StringComparison.Ordinal));
        }

        if (q["From"] is { Count: > 0 } from)
        {
            items = items.Where(m => string.Equals(m.From, from.ToString(), StringComparison.Ordinal));
        }

        items = FilterDay(items, q["DateSent"], (sent, day) => sent == day);
        items = FilterDay(items, q["DateSent<"], (sent, day) => sent <= day);
        items = FilterDay(items, q["DateSent>"], (sent, day) => sent >= day);

        // The lifecycle mutates messages on the scheduler loop; serialise each page under the lock
        // so no message is seen half-way through a status change.
        lock (state.Gate)
        {
            return Paging.Page(request, "messages", items.ToList(), m => m.Sid, m => MessageJson.Of(m, m.AccountSid));
        }
    }

    private static IEnumerable<MessageRecord> FilterDay(IEnumerable<MessageRecord> items, Microsoft.Extensions.Primitives.StringValues value, Func<DateOnly, DateOnly, bool> keep)
    {
        if (value.Count == 0)
        {
            return items;
        }

        if (!TwilioDate.TryParseDay(value.ToString(), out var day))
        {
            throw new TwilioException(20001, $"Invalid date '{value}': expected YYYY-MM-DD.");
        }

        return items.Where(m => m.DateSent is { } sent && keep(DateOnly.FromDateTime(sent.UtcDateTime), day));
    }
}
