using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Data;
using Switchboard.Delivery;
using Switchboard.Events;
using Switchboard.Messaging;
using Switchboard.Tenancy;

namespace Switchboard.Tests.Delivery;

/// <summary>
/// A batch of status callbacks is recorded set-based (ADR 0013), yet several callbacks for one
/// message in one batch must end exactly as if each had been recorded on its own, in order.
/// </summary>
public sealed class StatusCallbackBatchTests : IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 11, 22, 1, 0, 0, DateTimeKind.Utc);
    private OutboundApp app = null!;

    public async Task InitializeAsync() =>
        app = await OutboundApp.StartAsync(new Dictionary<string, string?> { ["Delivery:DispatcherEnabled"] = "false" });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task SentDeliveredAndALateSentInOneBatchEndDeliveredWithBothTimestampsAndTwoEvents()
    {
        var id = await QueuedMessageAsync();
        var sid = NewSid();
        var outcomes = await RecordAsync(
            Callback(id, sid, MessageStatus.Sent, Start.AddSeconds(1)),
            Callback(id, sid, MessageStatus.Delivered, Start.AddSeconds(2)),
            Callback(id, sid, MessageStatus.Sent, Start.AddSeconds(3)));

        Assert.Equal([MessageStatusWriter.Outcome.Applied, MessageStatusWriter.Outcome.Applied, MessageStatusWriter.Outcome.Duplicate], outcomes);
        var state = await StateAsync(id);
        Assert.Equal(MessageStatus.Delivered, state.Message.Status);
        Assert.Equal(sid, state.Message.TwilioSid);
        Assert.Equal(Start.AddSeconds(1), state.Message.SentAt);
        Assert.Equal(Start.AddSeconds(2), state.Message.DeliveredAt);
        Assert.Equal([EventTypes.SmsStatusUpdate, EventTypes.SmsStatusUpdate], state.Events.Select(e => e.Type));
    }

    public static TheoryData<string> Sequences => new()
    {
        "sent delivered sent",
        "delivered sent sending",
        "sending undelivered:30003 delivered",
        "failed:30008 undelivered:30003 sent",
        "queued queued sending sent:bysid delivered:bysid",
        "read delivered sent:bysid",
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public async Task ABatchEndsAsTheSameCallbacksRecordedOneAfterAnother(string sequence)
    {
        var batched = await QueuedMessageAsync();
        var single = await QueuedMessageAsync();
        var (batchedSid, singleSid) = (NewSid(), NewSid());
        var steps = sequence.Split(' ').Select((step, i) => (Step: step, At: Start.AddSeconds(i))).ToList();

        var batchOutcomes = await RecordAsync([.. steps.Select(s => Parse(batched, batchedSid, s.Step, s.At))]);
        var singleOutcomes = new List<MessageStatusWriter.Outcome?>();
        foreach (var (step, at) in steps)
        {
            singleOutcomes.AddRange(await RecordAsync(Parse(single, singleSid, step, at)));
        }

        Assert.Equal(singleOutcomes, batchOutcomes);
        var (one, other) = (await StateAsync(batched), await StateAsync(single));
        Assert.Equal(Comparable(other.Message with { Id = Guid.Empty, TwilioSid = null }), Comparable(one.Message with { Id = Guid.Empty, TwilioSid = null }));
        Assert.Equal(batchedSid, one.Message.TwilioSid);
        Assert.Equal(other.History, one.History);
        Assert.Equal(other.Events.Select(e => e.Type), one.Events.Select(e => e.Type));
    }

    private static StatusCallbackWrite Parse(Guid id, string sid, string step, DateTime at)
    {
        var parts = step.Split(':');
        var status = MessageStatusWriter.Parse(parts[0])!.Value;
        int? code = parts.Length > 1 && int.TryParse(parts[1], out var c) ? c : null;
        // "bysid": a callback without our id in its URL, found by the sid an earlier one gave the message.
        return new StatusCallbackWrite(null, parts.Contains("bysid") ? null : id, sid,
            new MessageStatusWriter.Report(status, at, StatusSource.Callback, code, code is null ? null : "carrier said no"));
    }

    private static StatusCallbackWrite Callback(Guid id, string sid, MessageStatus status, DateTime at) =>
        new(null, id, sid, new MessageStatusWriter.Report(status, at, StatusSource.Callback));

    private static string NewSid() => "SM" + Guid.NewGuid().ToString("N");

    private async Task<Guid> QueuedMessageAsync()
    {
        var sent = await app.SendAsync(new { to = $"+1415557{Random.Shared.Next(10000):D4}", body = "batch" });
        return Guid.Parse(sent.GetProperty("id").GetString()!);
    }

    private async Task<IReadOnlyList<MessageStatusWriter.Outcome?>> RecordAsync(params StatusCallbackWrite[] writes) =>
        await StatusCallbackBatch.RecordAsync(app.App.Services.GetRequiredService<IServiceScopeFactory>(), writes, CancellationToken.None);

    private async Task<(Snapshot Message, List<(MessageStatus, bool)> History, List<EventRecord> Events)> StateAsync(Guid id)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        using var system = scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem();
        var m = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == id);
        var history = await db.MessageStatusChanges.AsNoTracking().Where(c => c.MessageId == id).OrderBy(c => c.OccurredAt).Select(c => new { c.Status, c.Applied }).ToListAsync();
        var events = (await db.Events.AsNoTracking().OrderBy(e => e.Id).ToListAsync()).Where(e => e.Data.Contains(id.ToString(), StringComparison.Ordinal)).ToList();
        return (new Snapshot(m.Id, m.TwilioSid, m.Status, m.ErrorCode, m.ErrorMessage, m.QueuedAt, m.SendingAt, m.SentAt, m.DeliveredAt, m.FailedAt, m.UndeliveredAt, m.ReadAt),
            history.ConvertAll(h => (h.Status, h.Applied)), events);
    }

    // The queued timestamp is the message's own creation time, which differs between the two messages.
    private static Snapshot Comparable(Snapshot s) => s with { QueuedAt = null };

    private sealed record Snapshot(Guid Id, string? TwilioSid, MessageStatus Status, int? ErrorCode, string? ErrorMessage,
        DateTime? QueuedAt, DateTime? SendingAt, DateTime? SentAt, DateTime? DeliveredAt, DateTime? FailedAt, DateTime? UndeliveredAt, DateTime? ReadAt);
}
