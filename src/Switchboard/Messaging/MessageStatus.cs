namespace Switchboard.Messaging;

/// <summary>Twilio's message status words; stored as those words (snake_case).</summary>
public enum MessageStatus
{
    Accepted,
    Scheduled,
    Queued,
    Sending,
    Sent,
    Delivered,
    Undelivered,
    Failed,
    Receiving,
    Received,
    Read,
    Canceled,
    PartiallyDelivered,
}
