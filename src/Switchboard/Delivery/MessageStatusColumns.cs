using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
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
