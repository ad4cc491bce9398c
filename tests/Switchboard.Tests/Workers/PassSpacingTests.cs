using System.Diagnostics;
using Switchboard.Workers;

namespace Switchboard.Tests.Workers;

public sealed class PassSpacingTests
{
    [Fact]
    public async Task PassesWokenInQuickSuccessionStartAtLeastTheIntervalApart()
    {
        var interval = TimeSpan.FromMilliseconds(60);
        var spacing = new PassSpacing(interval);
        var starts = new List<long>();
        for (var pass = 0; pass < 3; pass++)
        {
            await spacing.BeforePassAsync(CancellationToken.None);
            starts.Add(Stopwatch.GetTimestamp());
        }

        Assert.All(starts.Zip(starts.Skip(1)), pair => Assert.True(
            Stopwatch.GetElapsedTime(pair.First, pair.Second) >= interval - TimeSpan.FromMilliseconds(2),
            $"passes started {Stopwatch.GetElapsedTime(pair.First, pair.Second).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task AWaitForTheNextPassEndsWhenTheWorkerStops()
    {
        var spacing = new PassSpacing(TimeSpan.FromHours(1));
        await spacing.BeforePassAsync(CancellationToken.None);
        using var stopping = new CancellationTokenSource();
        var next = spacing.BeforePassAsync(stopping.Token);
        Assert.False(next.IsCompleted);

        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
    }
}
