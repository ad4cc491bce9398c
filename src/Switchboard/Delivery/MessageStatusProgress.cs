using Switchboard.Messaging;

namespace Switchboard.Delivery;

/// <summary>
/// One message as a batch of status callbacks found it, and what the batch's reports did to it,
/// applied one after another in memory with the same rules as <see cref="MessageStatusWriter"/>:
/// the status moves forward only, each status keeps the first timestamp reported for it, and the
/// error and receipt fields go with the status that carried them. <see cref="MessageStatusColumns.SettleAsync"/>
/// then writes the result in one UPDATE that holds only if the status is still <see cref="LoadedStatus"/>.
/// </summary>
internal sealed class MessageStatusProgress(StatusTarget target)
{
    private readonly Dictionary<MessageStatus, DateTime> stamps = [];

    public StatusTarget Target { get; } = target;

    public MessageStatus LoadedStatus { get; } = target.Status;

    public MessageStatus Status { get; private set; } = target.Status;

    /// <summary>The sid the batch gave a message that had none (the callback beat the API answer).</summary>
    public string? TakenSid { get; private set; }

    public string? Sid => Target.TwilioSid ?? TakenSid;

    public DateTime? UpdatedAt { get; private set; }

    /// <summary>True when an applied report carried an error code: <see cref="ErrorCode"/> and <see cref="ErrorMessage"/> replace the stored ones.</summary>
    public bool ErrorReported { get; private set; }

    public int? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public string? RawDlrDoneDate { get; private set; }

    /// <summary>False while the batch has nothing to write for this message.</summary>
    public bool Changed => TakenSid is not null || stamps.Count > 0;

    public DateTime? StampOf(MessageStatus status) => stamps.TryGetValue(status, out var at) ? at : null;

    public void TakeSid(string sid)
    {
        if (Sid is null)
        {
            TakenSid = sid;
        }
    }

    /// <summary>Applies a report that is not a duplicate; true when it moved the status.</summary>
    public bool Apply(MessageStatusWriter.Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        stamps.TryAdd(report.Status, report.At);
        if (!MessageStatusColumns.CanAdvance(Status, report.Status))
        {
            return false;
        }

        Status = report.Status;
        UpdatedAt = report.At;
        if (report.ErrorCode is { } code)
        {
            (ErrorReported, ErrorCode, ErrorMessage) = (true, code, report.ErrorMessage);
        }

        RawDlrDoneDate = report.RawDlrDoneDate ?? RawDlrDoneDate;
        return true;
    }
}

/// <summary>The columns of a message a status callback needs, read without tracking.</summary>
internal sealed record StatusTarget(Guid Id, Guid OrganizationId, string? TwilioSid, string To, string From, MessageStatus Status);
