using Switchboard.Events.Streaming;

namespace Switchboard.Tests.Events;

public sealed class OrderedCursorTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void ConsecutiveIdsAreReleasedAtOnce()
    {
        var cursor = new OrderedCursor(10, TimeSpan.FromSeconds(2), _clock);

        var released = cursor.Release([11L, 12L, 13L], id => id);

        Assert.Equal([11L, 12L, 13L], released);
        Assert.Equal(13, cursor.Position);
        Assert.False(cursor.WaitingOnGap);
    }

    [Fact]
    public void AMissingIdHoldsBackLaterIdsUntilItCommits()
    {
        var cursor = new OrderedCursor(10, TimeSpan.FromSeconds(2), _clock);

        var first = cursor.Release([11L, 13L], id => id);
        var second = cursor.Release([12L, 13L], id => id);

        Assert.Equal([11L], first);
        Assert.True(second.SequenceEqual([12L, 13L]));
        Assert.Equal(13, cursor.Position);
    }

    [Fact]
    public void AMissingIdIsSkippedOnceTheSettleWindowHasPassed()
    {
        var cursor = new OrderedCursor(10, TimeSpan.FromSeconds(2), _clock);

        var held = cursor.Release([12L, 13L], id => id);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var stillHeld = cursor.Release([12L, 13L], id => id);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var released = cursor.Release([12L, 13L], id => id);

        Assert.Empty(held);
        Assert.Empty(stillHeld);
        Assert.True(cursor.Release([], (long id) => id).Count == 0);
        Assert.Equal([12L, 13L], released);
        Assert.False(cursor.WaitingOnGap);
    }

    [Fact]
    public void AlreadyReleasedIdsAreNotReleasedTwice()
    {
        var cursor = new OrderedCursor(10, TimeSpan.Zero, _clock);

        cursor.Release([11L, 12L], id => id);
        var again = cursor.Release([11L, 12L, 13L], id => id);

        Assert.Equal([13L], again);
    }
}
