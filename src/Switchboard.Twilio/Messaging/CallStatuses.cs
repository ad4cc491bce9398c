namespace Switchboard.Twilio.Messaging;

/// <summary>Twilio's call status words (FACTS.md 8.4).</summary>
public static class CallStatuses
{
    /// <summary>Created, not yet dialling.</summary>
    public const string Queued = "queued";

    /// <summary>The callee's phone is ringing.</summary>
    public const string Ringing = "ringing";

    /// <summary>Answered and connected.</summary>
    public const string InProgress = "in-progress";

    /// <summary>Answered and ended normally.</summary>
    public const string Completed = "completed";

    /// <summary>The callee was busy.</summary>
    public const string Busy = "busy";

    /// <summary>The call could not be placed.</summary>
    public const string Failed = "failed";

    /// <summary>Nobody answered before the timeout.</summary>
    public const string NoAnswer = "no-answer";

    /// <summary>Canceled while queued or ringing.</summary>
    public const string Canceled = "canceled";

    /// <summary>All eight, in the order of FACTS.md 8.4.</summary>
    public static IReadOnlyList<string> All { get; } = [Queued, Ringing, InProgress, Completed, Busy, Failed, NoAnswer, Canceled];

    /// <summary>True for the statuses that end a call.</summary>
    public static bool IsFinal(string status) => status is Completed or Busy or Failed or NoAnswer or Canceled;
}
