namespace Switchboard.Events.Streaming;

/// <summary>
/// Walks the events table in id order without losing a late commit.
/// </summary>
/// <remarks>
/// On PostgreSQL an identity value is taken at insert time, not at commit: a transaction holding
/// id N can commit after id N+1 is already visible. Advancing past N as soon as N+1 appears would
/// skip N for good. So ids are released strictly in order: a missing id holds back the ids after it
/// until it appears or until it has been missing for the settle window, after which it is taken as
/// rolled back (a rolled-back insert burns its id forever) and skipped. A transaction that stays
/// open longer than the window still commits its event to the table, where Last-Event-ID replay
/// and webhooks cursors read it; only the live push misses it. SQLite has one writer, so ids
/// become visible in order and no gap waits there.
/// </remarks>
public sealed class OrderedCursor(long position, TimeSpan settle, TimeProvider time)
{
    private long? _gapStart;
    private DateTimeOffset _gapSeenAt;

    /// <summary>Every id up to and including this one has been released or given up on.</summary>
    public long Position { get; private set; } = position;

    /// <summary>True while a missing id holds back later ones; the caller should look again soon.</summary>
    public bool WaitingOnGap => _gapStart is not null;

    /// <summary>Releases, in order, the rows (read with id &gt; Position, ascending) that may go out now.</summary>
    public IReadOnlyList<T> Release<T>(IReadOnlyList<T> rows, Func<T, long> idOf)
    {
        var released = new List<T>(rows.Count);
        foreach (var row in rows)
        {
            var id = idOf(row);
            if (id <= Position)
            {
                continue;
            }

            if (id != Position + 1 && !GapHasSettled(Position + 1))
            {
                return released;
            }

            _gapStart = null;
            Position = id;
            released.Add(row);
        }

        return released;
    }

    private bool GapHasSettled(long missing)
    {
        var now = time.GetUtcNow();
        if (_gapStart != missing)
        {
            _gapStart = missing;
            _gapSeenAt = now;
        }

        return now - _gapSeenAt >= settle;
    }
}
