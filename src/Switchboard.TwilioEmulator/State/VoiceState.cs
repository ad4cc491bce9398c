namespace Switchboard.TwilioEmulator.State;

/// <summary>
/// The account's calls and recordings, and how calls to given numbers end. Kept apart from
/// <see cref="EmulatorState"/> (messages and numbers) with its own lock; cleared by the reset.
/// </summary>
public sealed class VoiceState
{
    private readonly List<CallRecord> calls = [];
    private readonly Dictionary<string, CallRecord> callsBySid = new(StringComparer.Ordinal);
    private readonly List<RecordingRecord> recordings = [];
    private readonly Dictionary<string, string> outcomes = new(StringComparer.Ordinal);

    public Lock Gate { get; } = new();

    public void AddCall(CallRecord call)
    {
        lock (Gate)
        {
            calls.Add(call);
            callsBySid[call.Sid] = call;
        }
    }

    public CallRecord? FindCall(string sid)
    {
        lock (Gate)
        {
            return callsBySid.GetValueOrDefault(sid);
        }
    }

    /// <summary>Calls newest first, as Twilio lists them.</summary>
    public IReadOnlyList<CallRecord> CallsNewestFirst()
    {
        lock (Gate)
        {
            return Enumerable.Reverse(calls).ToList();
        }
    }

    public bool RemoveCall(string sid)
    {
        lock (Gate)
        {
            return callsBySid.Remove(sid, out var call) && calls.Remove(call);
        }
    }

    public void AddRecording(RecordingRecord recording)
    {
        lock (Gate)
        {
            recordings.Add(recording);
        }
    }

    public RecordingRecord? FindRecording(string sid)
    {
        lock (Gate)
        {
            return recordings.FirstOrDefault(r => string.Equals(r.Sid, sid, StringComparison.Ordinal));
        }
    }

    public IReadOnlyList<RecordingRecord> RecordingsNewestFirst()
    {
        lock (Gate)
        {
            return Enumerable.Reverse(recordings).ToList();
        }
    }

    public bool RemoveRecording(string sid)
    {
        lock (Gate)
        {
            return recordings.RemoveAll(r => string.Equals(r.Sid, sid, StringComparison.Ordinal)) > 0;
        }
    }

    /// <summary>How calls to <paramref name="to"/> end: <c>busy</c>, <c>no-answer</c>, <c>failed</c>, <c>canceled</c> or <c>completed</c>.</summary>
    public void SetOutcome(string to, string status)
    {
        lock (Gate)
        {
            outcomes[to] = status;
        }
    }

    public string? OutcomeFor(string to)
    {
        lock (Gate)
        {
            return outcomes.GetValueOrDefault(to);
        }
    }

    public void Reset()
    {
        lock (Gate)
        {
            calls.Clear();
            callsBySid.Clear();
            recordings.Clear();
            outcomes.Clear();
        }
    }
}
