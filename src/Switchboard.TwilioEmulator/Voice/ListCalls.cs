using Microsoft.Extensions.Primitives;

namespace Switchboard.TwilioEmulator.Voice;

/// <summary>
/// <c>GET /Calls.json</c>: newest first, filtered by <c>To</c>, <c>From</c>, <c>Status</c>,
/// <c>ParentCallSid</c>, and <c>StartTime</c>/<c>EndTime</c> (GMT days; =, &lt;= and &gt;=), paged.
/// </summary>
internal static class ListCalls
{
    public static IResult Handle(HttpRequest request, EmulatorState state, VoiceState voice)
    {
        var q = request.Query;
        IEnumerable<CallRecord> items = voice.CallsNewestFirst();
        items = Exact(items, q["To"], c => c.To);
        items = Exact(items, q["From"], c => c.From);
        items = Exact(items, q["ParentCallSid"], c => c.ParentCallSid);
        lock (voice.Gate)
        {
            items = Exact(items, q["Status"], c => c.Status).ToList();
            items = Day(items, q["StartTime"], c => c.StartTime, (d, day) => d == day);
            items = Day(items, q["StartTime<"], c => c.StartTime, (d, day) => d <= day);
            items = Day(items, q["StartTime>"], c => c.StartTime, (d, day) => d >= day);
            items = Day(items, q["EndTime"], c => c.EndTime, (d, day) => d == day);
            items = Day(items, q["EndTime<"], c => c.EndTime, (d, day) => d <= day);
            items = Day(items, q["EndTime>"], c => c.EndTime, (d, day) => d >= day);
            return Paging.Page(request, "calls", items.ToList(), c => c.Sid, c => CallJson.Of(c, state.AccountSid));
        }
    }

    private static IEnumerable<CallRecord> Exact(IEnumerable<CallRecord> items, StringValues value, Func<CallRecord, string?> field) =>
        value.Count == 0 ? items : items.Where(c => string.Equals(field(c), value.ToString(), StringComparison.Ordinal));

    private static IEnumerable<CallRecord> Day(IEnumerable<CallRecord> items, StringValues value, Func<CallRecord, DateTimeOffset?> field, Func<DateOnly, DateOnly, bool> keep)
    {
        if (value.Count == 0)
        {
            return items;
        }

        if (!TwilioDate.TryParseDay(value.ToString(), out var day))
        {
            throw new TwilioException(20001, $"Invalid date '{value}': expected YYYY-MM-DD.");
        }

        return items.Where(c => field(c) is { } at && keep(DateOnly.FromDateTime(at.UtcDateTime), day)).ToList();
    }
}
