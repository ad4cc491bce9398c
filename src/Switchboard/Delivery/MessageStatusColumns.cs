using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Switchboard.Data;
using Switchboard.Messaging;
using Switchboard.Twilio.Messaging;

namespace Switchboard.Delivery;

/// <summary>
/// The statements behind <see cref="MessageStatusWriter"/>: each a fixed query shape with the id as
/// a parameter, so EF Core compiles it once (a constant id made every call a new query to compile).
/// </summary>
internal static class MessageStatusColumns
{
    private static readonly FrozenDictionary<MessageStatus, string> Words =
        Enum.GetValues<MessageStatus>().ToFrozenDictionary(s => s, s => SnakeCase.From(s.ToString()));

    private static readonly FrozenDictionary<string, MessageStatus> ByWord =
        Words.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    // The statuses a message may be in for each new status to move it forward (MessageStatusRank).
    private static readonly FrozenDictionary<MessageStatus, MessageStatus[]> AdvancesFrom =
        Enum.GetValues<MessageStatus>().ToFrozenDictionary(to => to,
            to => Enum.GetValues<MessageStatus>().Where(from => MessageStatusRank.CanAdvance(Words[from], Words[to])).ToArray());

    public static string Word(MessageStatus status) => Words[status];

    public static MessageStatus? Parse(string? word) => word is not null && ByWord.TryGetValue(word, out var status) ? status : null;

    /// <summary>Whether a message in <paramref name="from"/> moves to <paramref name="to"/> (MessageStatusRank).</summary>
    public static bool CanAdvance(MessageStatus from, MessageStatus to) => Array.IndexOf(AdvancesFrom[to], from) >= 0;

    /// <summary>
    /// Writes what a batch did to one message in one statement, only if its status is still the
    /// one the batch read: 0 when another writer moved it meanwhile. Each status timestamp is set
    /// only where it is still empty, the sid only where there is none, the error code with its
    /// message only when a report carried one. Plain SQL on the open transaction, with parameters
    /// made by the model's own type mappings: it runs for nearly every callback, and translating
    /// the LINQ form each time cost more than running it (EF 10 cannot compile an ExecuteUpdate).
    /// </summary>
    public static async Task<int> SettleAsync(SwitchboardDbContext db, MessageStatusProgress progress, CancellationToken ct)
    {
        var messages = db.Model.FindEntityType(typeof(Message))!;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = settleSql ??= SettleSql(messages);
        object?[] values =
        [
            progress.Target.Id, progress.LoadedStatus, progress.Status, progress.UpdatedAt, progress.TakenSid,
            progress.ErrorCode, progress.ErrorMessage, progress.RawDlrDoneDate,
            .. Stamped.Select(stamp => (object?)progress.StampOf(stamp.Status)),
        ];
        for (var i = 0; i < values.Length; i++)
        {
            var mapping = messages.FindProperty(SettledColumns[i])!.GetRelationalTypeMapping();
            command.Parameters.Add(mapping.CreateParameter(command, $"@p{i}", values[i], nullable: true));
        }

        return await command.ExecuteNonQueryAsync(ct);
    }

    private static string? settleSql;

    private static readonly (MessageStatus Status, string Property)[] Stamped =
    [
        (MessageStatus.Queued, nameof(Message.QueuedAt)), (MessageStatus.Sending, nameof(Message.SendingAt)), (MessageStatus.Sent, nameof(Message.SentAt)),
        (MessageStatus.Delivered, nameof(Message.DeliveredAt)), (MessageStatus.Failed, nameof(Message.FailedAt)),
        (MessageStatus.Undelivered, nameof(Message.UndeliveredAt)), (MessageStatus.Read, nameof(Message.ReadAt)),
    ];

    // The property each parameter @p0, @p1, ... is typed (and converted) as.
    private static readonly string[] SettledColumns =
    [
        nameof(Message.Id), nameof(Message.Status), nameof(Message.Status), nameof(Message.UpdatedAt), nameof(Message.TwilioSid),
        nameof(Message.ErrorCode), nameof(Message.ErrorMessage), nameof(Message.RawDlrDoneDate), .. Stamped.Select(s => s.Property),
    ];

    private static string SettleSql(IEntityType messages)
    {
        string Column(string property) => messages.FindProperty(property)!.GetColumnName();
        var stamps = Stamped.Select((stamp, i) => $"{Column(stamp.Property)} = COALESCE({Column(stamp.Property)}, @p{8 + i})");
        return $"""
            UPDATE {messages.GetTableName()} SET {Column(nameof(Message.Status))} = @p2,
                {Column(nameof(Message.UpdatedAt))} = COALESCE(@p3, {Column(nameof(Message.UpdatedAt))}),
                {Column(nameof(Message.TwilioSid))} = COALESCE({Column(nameof(Message.TwilioSid))}, @p4),
                {Column(nameof(Message.ErrorMessage))} = CASE WHEN @p5 IS NULL THEN {Column(nameof(Message.ErrorMessage))} ELSE @p6 END,
                {Column(nameof(Message.ErrorCode))} = COALESCE(@p5, {Column(nameof(Message.ErrorCode))}),
                {Column(nameof(Message.RawDlrDoneDate))} = COALESCE(@p7, {Column(nameof(Message.RawDlrDoneDate))}),
                {string.Join(", ", stamps)}
            WHERE {Column(nameof(Message.Id))} = @p0 AND {Column(nameof(Message.Status))} = @p1
            """;
    }

    /// <summary>Moves the message to the reported status if its rank allows; 1 when it moved.</summary>
    public static Task<int> AdvanceAsync(SwitchboardDbContext db, Guid id, MessageStatusWriter.Report report, CancellationToken ct)
    {
        var status = report.Status;
        var allowed = AdvancesFrom[status];
        var at = report.At;
        var rows = db.Messages.Where(m => m.Id == id && EF.Constant(allowed).Contains(m.Status));
        return (report.ErrorCode, report.RawDlrDoneDate) switch
        {
            (null, null) => rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status).SetProperty(m => m.UpdatedAt, at), ct),
            (null, { } dlr) => rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status).SetProperty(m => m.UpdatedAt, at).SetProperty(m => m.RawDlrDoneDate, dlr), ct),
            ({ } code, null) => rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status).SetProperty(m => m.UpdatedAt, at)
                .SetProperty(m => m.ErrorCode, code).SetProperty(m => m.ErrorMessage, report.ErrorMessage), ct),
            ({ } code, { } dlr) => rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status).SetProperty(m => m.UpdatedAt, at)
                .SetProperty(m => m.ErrorCode, code).SetProperty(m => m.ErrorMessage, report.ErrorMessage).SetProperty(m => m.RawDlrDoneDate, dlr), ct),
        };
    }

    /// <summary>Sets the status's own timestamp unless it is set already.</summary>
    public static Task<int> StampAsync(SwitchboardDbContext db, Guid id, MessageStatus status, DateTime at, CancellationToken ct)
    {
        var message = db.Messages.Where(m => m.Id == id);
        return status switch
        {
            MessageStatus.Queued => message.Where(m => m.QueuedAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.QueuedAt, at), ct),
            MessageStatus.Sending => message.Where(m => m.SendingAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.SendingAt, at), ct),
            MessageStatus.Sent => message.Where(m => m.SentAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, at), ct),
            MessageStatus.Delivered => message.Where(m => m.DeliveredAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, at), ct),
            MessageStatus.Failed => message.Where(m => m.FailedAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.FailedAt, at), ct),
            MessageStatus.Undelivered => message.Where(m => m.UndeliveredAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.UndeliveredAt, at), ct),
            MessageStatus.Read => message.Where(m => m.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, at), ct),
            _ => Task.FromResult(0),
        };
    }
}
