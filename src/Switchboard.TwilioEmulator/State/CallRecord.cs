using Switchboard.Twilio.Messaging;

namespace Switchboard.TwilioEmulator.State;

/// <summary>One Call resource. Mutated only under <see cref="VoiceState.Gate"/>.</summary>
public sealed class CallRecord
{
    public required string Sid { get; init; }
    public string? ParentCallSid { get; init; }
    public required string Direction { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public string? PhoneNumberSid { get; init; }
    public required string Status { get; set; }
    public required DateTimeOffset DateCreated { get; init; }
    public required DateTimeOffset DateUpdated { get; set; }
    public DateTimeOffset? StartTime { get; set; }
    public DateTimeOffset? EndTime { get; set; }
    public int? Duration { get; set; }
    public string? Price { get; set; }
    public string? AnsweredBy { get; set; }
    public string? ForwardedFrom { get; init; }

    /// <summary>The emulator's own address (<c>http://127.0.0.1:5081/</c>), for recording URLs in callbacks.</summary>
    public required string ApiBaseUrl { get; init; }

    public string? Url { get; set; }
    public string Method { get; set; } = "POST";
    public string? Twiml { get; set; }
    public string? FallbackUrl { get; set; }
    public string FallbackMethod { get; set; } = "POST";
    public string? StatusCallback { get; set; }
    public string StatusCallbackMethod { get; set; } = "POST";
    public IReadOnlySet<string> StatusCallbackEvents { get; set; } = new HashSet<string>(StringComparer.Ordinal) { CallEvents.Completed };
    public int Timeout { get; init; } = 60;
    public bool Record { get; init; }

    /// <summary>The next status callback's <c>SequenceNumber</c>.</summary>
    public int SequenceNumber { get; set; }

    /// <summary>Bumped whenever the running TwiML is abandoned (hang-up, redirect), so a stale run stops.</summary>
    public int Generation { get; set; }

    /// <summary>What the far end heard and did, in order (the emulator's call log).</summary>
    public List<string> Transcript { get; } = [];

    public bool IsFinal => CallStatuses.IsFinal(Status);
}

/// <summary>Call directions and the status-callback events (FACTS 8.4).</summary>
public static class CallEvents
{
    public const string Inbound = "inbound";
    public const string OutboundApi = "outbound-api";
    public const string OutboundDial = "outbound-dial";

    public const string Initiated = "initiated";
    public const string Ringing = "ringing";
    public const string Answered = "answered";
    public const string Completed = "completed";

    public static IReadOnlyList<string> All { get; } = [Initiated, Ringing, Answered, Completed];
}
