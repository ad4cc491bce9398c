namespace Switchboard.Twilio.Messaging;

/// <summary>Twilio's message status words (spec <c>message_enum_status</c>, FACTS.md 3.2).</summary>
public static class MessageStatuses
{
    /// <summary>A Messaging Service took the request; no sender chosen yet.</summary>
    public const string Accepted = "accepted";

    /// <summary>Waiting for <c>SendAt</c>.</summary>
    public const string Scheduled = "scheduled";

    /// <summary>Waiting in the sender's outbound queue.</summary>
    public const string Queued = "queued";

    /// <summary>Being handed to the carrier.</summary>
    public const string Sending = "sending";

    /// <summary>The carrier accepted it; no delivery receipt yet.</summary>
    public const string Sent = "sent";

    /// <summary>The carrier confirmed delivery.</summary>
    public const string Delivered = "delivered";

    /// <summary>The carrier reported non-delivery; an error code is set.</summary>
    public const string Undelivered = "undelivered";

    /// <summary>Twilio could not send it; an error code is set.</summary>
    public const string Failed = "failed";

    /// <summary>The recipient read it (WhatsApp/RCS only).</summary>
    public const string Read = "read";

    /// <summary>Listed in Twilio's enum without a description.</summary>
    public const string PartiallyDelivered = "partially_delivered";

    /// <summary>A scheduled message canceled through the API.</summary>
    public const string Canceled = "canceled";

    /// <summary>An inbound message being assembled.</summary>
    public const string Receiving = "receiving";

    /// <summary>An inbound message complete.</summary>
    public const string Received = "received";

    /// <summary>All thirteen, in the order of FACTS.md 3.2.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Accepted, Scheduled, Queued, Sending, Sent, Delivered, Undelivered, Failed, Read,
        PartiallyDelivered, Canceled, Receiving, Received,
    ];
}
