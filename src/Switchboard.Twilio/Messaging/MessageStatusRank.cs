using System.Collections.Frozen;

namespace Switchboard.Twilio.Messaging;

/// <summary>
/// Orders message statuses so callbacks, which arrive late, twice or out of order, only ever move a
/// message forward (FACTS.md 3.3).
/// </summary>
public static class MessageStatusRank
{
    /// <summary>Returned by <see cref="Of"/> for a status word not in Twilio's enum.</summary>
    public const int Unknown = -1;

    private enum Track
    {
        Outbound,
        Inbound,
    }

    // Inbound statuses sit level with their outbound counterparts, but never compare across tracks.
    private static readonly FrozenDictionary<string, (int Rank, bool Final, Track Track)> Table =
        new Dictionary<string, (int, bool, Track)>(StringComparer.OrdinalIgnoreCase)
        {
            [MessageStatuses.Scheduled] = (0, false, Track.Outbound),
            [MessageStatuses.Accepted] = (1, false, Track.Outbound),
            [MessageStatuses.Queued] = (2, false, Track.Outbound),
            [MessageStatuses.Sending] = (3, false, Track.Outbound),
            // Final only if no receipt ever comes, which no single callback can tell us.
            [MessageStatuses.Sent] = (4, false, Track.Outbound),
            [MessageStatuses.Failed] = (5, true, Track.Outbound),
            [MessageStatuses.Undelivered] = (5, true, Track.Outbound),
            [MessageStatuses.Canceled] = (5, true, Track.Outbound),
            [MessageStatuses.PartiallyDelivered] = (5, true, Track.Outbound),
            // Above the failures: a positive receipt is conclusive, a late "undelivered" does not undo it.
            [MessageStatuses.Delivered] = (6, true, Track.Outbound),
            [MessageStatuses.Read] = (7, true, Track.Outbound),
            [MessageStatuses.Receiving] = (3, false, Track.Inbound),
            [MessageStatuses.Received] = (6, true, Track.Inbound),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rank of <paramref name="status"/> (case-insensitive), or <see cref="Unknown"/>.</summary>
    public static int Of(string status) =>
        status is not null && Table.TryGetValue(status, out var entry) ? entry.Rank : Unknown;

    /// <summary>True when no later status is expected to change the outcome.</summary>
    public static bool IsFinal(string status) =>
        status is not null && Table.TryGetValue(status, out var entry) && entry.Final;

    /// <summary>
    /// Whether a message at <paramref name="from"/> (null when it has none yet) should move to
    /// <paramref name="to"/>. Repeats and moves backwards are refused. Unknown words are taken
    /// leniently: one may replace any status that is not final, and any known status may replace one.
    /// </summary>
    public static bool CanAdvance(string? from, string to)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (string.IsNullOrEmpty(from))
        {
            return true;
        }

        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var knownFrom = Table.TryGetValue(from, out var current);
        var knownTo = Table.TryGetValue(to, out var next);
        return (knownFrom, knownTo) switch
        {
            (false, _) => true,
            (true, false) => !current.Final,
            _ => current.Track == next.Track && next.Rank > current.Rank,
        };
    }
}
