namespace Switchboard.Messaging;

/// <summary>A message as the API shows it (DESIGN.md: "Message JSON in the API").</summary>
public sealed record MessageResponse(
    Guid Id,
    MessageDirection Direction,
    string To,
    string From,
    string Body,
    MessageStatus Status,
    string? TwilioSid,
    int Segments,
    MessageEncoding Encoding,
    int? ErrorCode,
    string? ErrorMessage,
    Guid? ContactId,
    Guid? ConversationId,
    decimal? Price,
    string? PriceUnit,
    int AttemptCount,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    MessageTimestamps Timestamps)
{
    /// <summary>The MMS attachments, in order; empty for plain SMS.</summary>
    public IReadOnlyList<MediaResponse> Media { get; init; } = [];

    public static MessageResponse Of(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new MessageResponse(
            message.Id, message.Direction, message.To, message.From, message.Body, message.Status, message.TwilioSid,
            message.Segments, message.Encoding, message.ErrorCode, message.ErrorMessage, message.ContactId, message.ConversationId,
            message.Price, message.PriceUnit, message.AttemptCount, message.CreatedAt, message.UpdatedAt,
            new MessageTimestamps(
                message.QueuedAt, message.SendingAt, message.SentAt, message.DeliveredAt, message.FailedAt,
                message.UndeliveredAt, message.ReadAt, message.ReceivedAt));
    }
}

/// <summary>When the message reached each status (null for statuses it never reached).</summary>
public sealed record MessageTimestamps(
    DateTime? Queued, DateTime? Sending, DateTime? Sent, DateTime? Delivered, DateTime? Failed,
    DateTime? Undelivered, DateTime? Read, DateTime? Received);
