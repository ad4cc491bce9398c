using Switchboard.Twilio.Messaging;

namespace Switchboard.Twilio.Tests.Messaging;

public class MessageStatusRankTests
{
    // FACTS.md 3.3, lowest first; statuses in one group share a rank.
    private static readonly string[][] OutboundOrder =
    [
        ["scheduled"], ["accepted"], ["queued"], ["sending"], ["sent"],
        ["failed", "undelivered", "canceled", "partially_delivered"], ["delivered"], ["read"],
    ];

    public static TheoryData<string, string, bool> OutboundPairs()
    {
        var data = new TheoryData<string, string, bool>();
        for (var i = 0; i < OutboundOrder.Length; i++)
        {
            for (var j = 0; j < OutboundOrder.Length; j++)
            {
                foreach (var from in OutboundOrder[i])
                {
                    foreach (var to in OutboundOrder[j])
                    {
                        data.Add(from, to, j > i);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OutboundPairs))]
    public void MovesOutboundStatusesForwardOnly(string from, string to, bool advances)
    {
        Assert.Equal(advances, MessageStatusRank.CanAdvance(from, to));
    }

    [Theory]
    [InlineData("scheduled", 0)]
    [InlineData("accepted", 1)]
    [InlineData("queued", 2)]
    [InlineData("sending", 3)]
    [InlineData("sent", 4)]
    [InlineData("failed", 5)]
    [InlineData("undelivered", 5)]
    [InlineData("canceled", 5)]
    [InlineData("partially_delivered", 5)]
    [InlineData("delivered", 6)]
    [InlineData("read", 7)]
    [InlineData("Delivered", 6)]
    [InlineData("delivery_unknown", MessageStatusRank.Unknown)]
    public void RanksEachStatusAsFactsSays(string status, int rank)
    {
        Assert.Equal(rank, MessageStatusRank.Of(status));
    }

    [Theory]
    [InlineData(null, "queued", true)]
    [InlineData("", "sent", true)]
    [InlineData("delivered", "undelivered", false)]
    [InlineData("delivered", "read", true)]
    [InlineData("undelivered", "delivered", true)]
    [InlineData("receiving", "received", true)]
    [InlineData("received", "receiving", false)]
    [InlineData("queued", "received", false)]
    [InlineData("received", "delivered", false)]
    [InlineData("sent", "delivery_unknown", true)]
    [InlineData("delivered", "delivery_unknown", false)]
    [InlineData("delivery_unknown", "delivered", true)]
    [InlineData("delivery_unknown", "delivery_unknown", false)]
    [InlineData("sent", "SENT", false)]
    public void HandlesFirstInboundAndUnknownStatuses(string? from, string to, bool advances)
    {
        Assert.Equal(advances, MessageStatusRank.CanAdvance(from, to));
    }

    [Fact]
    public void KnowsWhichOfTheThirteenStatusesAreFinal()
    {
        string[] final = ["delivered", "undelivered", "failed", "read", "partially_delivered", "canceled", "received"];

        Assert.Equal(13, MessageStatuses.All.Distinct().Count());
        Assert.Equal(final.Order(), MessageStatuses.All.Where(MessageStatusRank.IsFinal).Order());
        Assert.False(MessageStatusRank.IsFinal("delivery_unknown"));
        Assert.All(MessageStatuses.All, s => Assert.NotEqual(MessageStatusRank.Unknown, MessageStatusRank.Of(s)));
    }

    [Fact]
    public void KnowsWhichCallStatusesEndACall()
    {
        Assert.Equal(8, CallStatuses.All.Distinct().Count());
        Assert.Equal(
            ["busy", "canceled", "completed", "failed", "no-answer"],
            CallStatuses.All.Where(CallStatuses.IsFinal).Order());
    }
}
