namespace Switchboard.TwilioEmulator.State;

/// <summary>
/// How messages to one recipient end (set through <c>POST /_emulator/outcomes</c>), and whether
/// their status callbacks misbehave as Twilio's sometimes do (FACTS 3.3): each sent twice, or all
/// held back and sent newest first once the message is final.
/// </summary>
public sealed record OutcomeRule(string To, string Status, int? ErrorCode, TimeSpan Delay, bool DuplicateCallbacks = false, bool OutOfOrderCallbacks = false);

/// <summary>
/// A fault injected into the REST API (<c>POST /_emulator/faults</c>): the next <c>Remaining</c>
/// requests whose path contains <c>PathContains</c> fail with Twilio's error body, or — when
/// <c>Drop</c> — are processed and then lose their connection, so the caller cannot know the outcome.
/// </summary>
public sealed record FaultRule(string? PathContains, int Status, int Code, bool Drop)
{
    public int Remaining { get; set; }
}

/// <summary>A message as it reached a phone (what the customer's handset shows).</summary>
public sealed record HandsetMessage(string Sid, string From, string To, string Body, IReadOnlyList<string> MediaUrls, DateTimeOffset Timestamp);
