namespace Switchboard.TwilioEmulator.State;

/// <summary>One Recording resource (spec <c>api.v2010.account.recording</c>).</summary>
public sealed class RecordingRecord
{
    public required string Sid { get; init; }
    public required string CallSid { get; init; }
    public required int Duration { get; init; }

    /// <summary><c>RecordVerb</c>, <c>DialVerb</c> or <c>OutboundAPI</c> (spec <c>recording_enum_source</c>).</summary>
    public required string Source { get; init; }
    public string Status { get; set; } = "completed";
    public int Channels { get; init; } = 1;
    public required DateTimeOffset StartTime { get; init; }
    public required DateTimeOffset DateCreated { get; init; }
    public required DateTimeOffset DateUpdated { get; set; }
    public string? Price { get; set; }
    public string? TranscriptionSid { get; set; }
    public string? TranscriptionText { get; set; }
}
