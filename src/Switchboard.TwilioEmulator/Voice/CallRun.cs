namespace Switchboard.TwilioEmulator.Voice;

/// <summary>What the simulated far end does during a call: how dialed legs end, keys it presses, how long it speaks.</summary>
/// <param name="DialOutcome">How every <c>&lt;Dial&gt;</c> ends; null: the outcome rule for the dialed number, else <c>completed</c>.</param>
/// <param name="Digits">Keys for successive <c>&lt;Gather&gt;</c>s, one entry each.</param>
/// <param name="RecordingSeconds">How long the caller speaks into a <c>&lt;Record&gt;</c>.</param>
/// <param name="TranscriptionText">The transcription reported for recordings; a placeholder when null.</param>
public sealed record CallScript(string? DialOutcome, IReadOnlyList<string> Digits, int RecordingSeconds, string? TranscriptionText)
{
    public const int DefaultRecordingSeconds = 5;

    public static CallScript Silent { get; } = new(null, [], DefaultRecordingSeconds, null);
}

/// <summary>One execution of TwiML for a call: where it is in time, what it fetched, and how it ended.</summary>
internal sealed class CallRun(CallRecord call, int generation, CallScript script, DateTimeOffset startedAt)
{
    private int nextDigits;

    public CallRecord Call { get; } = call;
    public int Generation { get; } = generation;
    public CallScript Script { get; } = script;
    public DateTimeOffset StartedAt { get; } = startedAt;

    /// <summary>The URL of the document being executed (relative URLs resolve against it); null for inline TwiML.</summary>
    public string? DocumentUrl { get; set; }

    /// <summary>Simulated call time spent so far.</summary>
    public TimeSpan Elapsed { get; set; }

    public int Steps { get; set; }

    /// <summary>The status the TwiML ended the call with (<c>completed</c>, or <c>busy</c>/<c>no-answer</c> for a reject).</summary>
    public string? EndStatus { get; set; }

    public string? Error { get; set; }

    /// <summary>The HTTP status of the first TwiML request (the voice webhook), null when it got no answer.</summary>
    public int? WebhookStatus { get; set; }

    public bool Fetched { get; set; }

    public List<RecordingRecord> Recordings { get; } = [];

    public DateTimeOffset Now => StartedAt + Elapsed;

    public string? NextDigits() => nextDigits < Script.Digits.Count ? Script.Digits[nextDigits++] : null;
}
