using Switchboard.Delivery;
using Switchboard.Numbers;
using Switchboard.Twilio.Rest;

namespace Switchboard.Tests.Delivery;

public sealed class PacingAndRetryPolicyTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DeliveryOptions Options = new();

    [Theory]
    [InlineData(PhoneNumberKind.LongCode, null, 10, 9.0)]
    [InlineData(PhoneNumberKind.TollFree, null, 10, 3.0)]
    [InlineData(PhoneNumberKind.ShortCode, null, 100, 0.99)]
    [InlineData(PhoneNumberKind.LongCode, 5.0, 10, 1.8)]
    public void NMessagesThroughOneSenderTakeNOverItsRateSeconds(PhoneNumberKind kind, double? mpsOverride, int count, double lastSlotSeconds)
    {
        var pacer = new SenderPacer();
        var mps = SenderPacer.RateOf(kind, mpsOverride, Options);
        DateTimeOffset slot = default;
        for (var i = 0; i < count; i++)
        {
            Assert.True(pacer.TryReserve("+14155550100", 1, mps, Start, TimeSpan.FromHours(1), out slot));
        }

        Assert.Equal(lastSlotSeconds, (slot - Start).TotalSeconds, 3);
    }

    [Fact]
    public void ASlotBeyondTheHorizonIsNotReserved()
    {
        var pacer = new SenderPacer();
        Assert.True(pacer.TryReserve("+1", 3, 1, Start, TimeSpan.FromSeconds(2), out _));

        Assert.False(pacer.TryReserve("+1", 1, 1, Start, TimeSpan.FromSeconds(2), out var later));
        Assert.Equal(Start.AddSeconds(3), later);
        Assert.True(pacer.TryReserve("+1", 1, 1, Start.AddSeconds(3), TimeSpan.FromSeconds(2), out _));
    }

    [Theory]
    [InlineData(21211, 1, RetryPolicy.Action.Fail)]
    [InlineData(21610, 1, RetryPolicy.Action.OptOut)]
    [InlineData(21611, 1, RetryPolicy.Action.Retry)]
    [InlineData(21611, 3, RetryPolicy.Action.Retry)]
    [InlineData(21611, 4, RetryPolicy.Action.DeadLetter)]
    [InlineData(99999, 2, RetryPolicy.Action.Retry)]
    [InlineData(99999, 3, RetryPolicy.Action.DeadLetter)]
    public void ErrorCodesDecideByTheirRetryClass(int code, int attempts, RetryPolicy.Action expected)
    {
        var error = Error($"code {code}", 400, code, "refused", null, false);

        Assert.Equal(expected, RetryPolicy.Decide(error, attempts, 0, Options, Start, () => 0.5).Action);
    }

    [Fact]
    public void RetriesWaitOneTwoThenFourMinutesWithJitter()
    {
        var error = Error("x", 400, 99999, "x", null, false);
        var options = new DeliveryOptions { MaxRetries = 3 };
        var waits = Enumerable.Range(1, 2).Select(n => (RetryPolicy.Decide(error, n, 0, options, Start, () => 0.5).At - Start).TotalMinutes);

        Assert.Equal([1.0, 2.0], waits);
        Assert.InRange((RetryPolicy.Decide(error, 1, 0, options, Start, () => 0).At - Start).TotalSeconds, 48, 48);
    }

    [Fact]
    public void RateLimitsAndServerErrorsAreNotCountedAsAttempts()
    {
        var limited = Error("429", 429, 20429, "busy", null, false);
        var unknown = Error("500", 500, 20500, "oops", null, true);

        Assert.Equal(RetryPolicy.Action.Defer, RetryPolicy.Decide(limited, 9, 0, Options, Start, () => 0.5).Action);
        Assert.Equal(RetryPolicy.Action.Reconcile, RetryPolicy.Decide(unknown, 9, 0, Options, Start, () => 0.5).Action);
        Assert.Equal(RetryPolicy.Action.DeadLetter, RetryPolicy.Decide(limited, 0, Options.MaxDeferrals, Options, Start, () => 0.5).Action);
    }

    // The wire library builds these from Twilio's answers; its constructor is internal.
    private static TwilioApiException Error(string message, int? status, int? code, string? text, string? moreInfo, bool unknown) =>
        (TwilioApiException)Activator.CreateInstance(
            typeof(TwilioApiException), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null,
            [message, status, code, text, moreInfo, unknown, null], null)!;
}
