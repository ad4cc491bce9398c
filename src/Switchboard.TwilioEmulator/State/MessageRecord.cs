namespace Switchboard.TwilioEmulator.State;

/// <summary>One Message resource. Mutated only under <see cref="EmulatorState.Gate"/>.</summary>
public sealed class MessageRecord
{
    public required string Sid { get; init; }

    /// <summary>The account the message belongs to (the owner of our number in it).</summary>
    public required string AccountSid { get; init; }

    public required string Direction { get; init; }
    public required string? From { get; init; }
    public required string To { get; init; }
    public required string Body { get; set; }
    public required IReadOnlyList<string> MediaUrls { get; init; }
    public required int NumSegments { get; init; }
    public required string Status { get; set; }
    public required DateTimeOffset DateCreated { get; init; }
    public required DateTimeOffset DateUpdated { get; set; }
    public DateTimeOffset? DateSent { get; set; }
    public int? ErrorCode { get; set; }
    public string? ErrorMessage { get; set; }
    public string? Price { get; set; }
    public string? PriceUnit { get; set; } = "USD";
    public string? MessagingServiceSid { get; init; }
    public string? StatusCallback { get; init; }
    public string? StatusCallbackMethod { get; init; }

    /// <summary>The outcome rule in force when the message left its queue.</summary>
    public OutcomeRule? Outcome { get; set; }

    /// <summary>Callbacks held back for out-of-order delivery.</summary>
    public List<IReadOnlyList<KeyValuePair<string, string>>> HeldCallbacks { get; } = [];

    public bool IsFinal => Status is MessageStatus.Delivered or MessageStatus.Undelivered or MessageStatus.Failed
        or MessageStatus.Canceled or MessageStatus.Received or MessageStatus.Read;
}

/// <summary>Twilio's message status and direction words (spec <c>message_enum_status</c>, <c>message_enum_direction</c>).</summary>
public static class MessageStatus
{
    public const string Queued = "queued";
    public const string Scheduled = "scheduled";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Delivered = "delivered";
    public const string Undelivered = "undelivered";
    public const string Failed = "failed";
    public const string Canceled = "canceled";
    public const string Received = "received";
    public const string Read = "read";

    public const string OutboundApi = "outbound-api";
    public const string OutboundReply = "outbound-reply";
    public const string Inbound = "inbound";
}
