using Switchboard.Twilio.Messaging;
using Switchboard.Twilio.TwiML;

namespace Switchboard.TwilioEmulator.Voice;

/// <summary>
/// Executes a call's TwiML as Twilio would, against the simulated far end of a <see cref="CallScript"/>:
/// <c>Say</c>/<c>Play</c>/<c>Pause</c> are heard, <c>Gather</c> posts the script's keys, <c>Dial</c>
/// ends as scripted, <c>Record</c> makes a recording, <c>Redirect</c> fetches more TwiML,
/// <c>Hangup</c>/<c>Reject</c> end. Time is simulated (it advances <see cref="CallRun.Elapsed"/>,
/// never waits). Every step is written to the call's transcript.
/// </summary>
internal sealed partial class TwimlRunner(EmulatorState state, VoiceState voice, WebhookSender webhooks, ILogger<TwimlRunner> logger)
{
    /// <summary>Verbs executed per call before the emulator assumes a redirect loop and hangs up.</summary>
    public const int MaxSteps = 50;

    private enum Flow
    {
        Next,
        Replace,
        End,
    }

    public async Task ExecuteAsync(CallRun run, TwimlDocument document, CancellationToken ct)
    {
        var verbs = document.Verbs;
        var index = 0;
        while (index < verbs.Count && IsCurrent(run))
        {
            if (++run.Steps > MaxSteps)
            {
                Fail(run, $"Loop guard: stopped after {MaxSteps} verbs; the TwiML seems to redirect forever.");
                return;
            }

            var verb = verbs[index++];
            var (flow, next) = await StepAsync(run, verb, ct);
            if (flow == Flow.End)
            {
                return;
            }

            if (flow == Flow.Replace)
            {
                if (next is null)
                {
                    return;
                }

                verbs = next.Verbs;
                index = 0;
            }
        }

        if (IsCurrent(run) && run.EndStatus is null)
        {
            Note(run, "End of TwiML: hang up");
        }
    }

    private async Task<(Flow, TwimlDocument?)> StepAsync(CallRun run, TwimlVerb verb, CancellationToken ct)
    {
        if (verb.Name != "Reject")
        {
            Answer(run);
        }

        switch (verb.Name)
        {
            case "Say":
            case "Play":
            case "Pause":
                Hear(run, verb);
                return (Flow.Next, null);
            case "Gather":
                return await GatherAsync(run, verb, ct);
            case "Dial":
                return await DialAsync(run, verb, ct);
            case "Record":
                return await RecordAsync(run, verb, ct);
            case "Redirect":
                Note(run, $"Redirect: {verb.Text}");
                return (Flow.Replace, await FetchAsync(run, verb.Text, verb.Attribute("method"), [], ct));
            case "Hangup":
                Note(run, "Hangup");
                run.EndStatus = CallStatuses.Completed;
                return (Flow.End, null);
            case "Reject":
                Reject(run, verb);
                return (Flow.End, null);
            default:
                Note(run, $"<{verb.Name}> is not emulated; skipped");
                return (Flow.Next, null);
        }
    }

    private void Hear(CallRun run, TwimlVerb verb)
    {
        var loops = int.TryParse(verb.Attribute("loop"), out var n) && n > 1 ? Math.Min(n, 10) : 1;
        for (var i = 0; i < loops; i++)
        {
            switch (verb.Name)
            {
                case "Say":
                    Note(run, $"Say: {verb.Text}");
                    var words = verb.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                    run.Elapsed += TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(words / 2.5)));
                    break;
                case "Play":
                    Note(run, $"Play: {verb.Text}");
                    run.Elapsed += TimeSpan.FromSeconds(5); // The audio is never fetched, so its length is unknown.
                    break;
                default:
                    var length = int.TryParse(verb.Attribute("length"), out var seconds) && seconds >= 0 ? seconds : 1;
                    Note(run, $"Pause: {length}s");
                    run.Elapsed += TimeSpan.FromSeconds(length);
                    break;
            }
        }
    }

    private void Reject(CallRun run, TwimlVerb verb)
    {
        bool answered;
        lock (voice.Gate)
        {
            answered = run.Call.Status == CallStatuses.InProgress;
        }

        // <Reject> only declines a call that was not answered yet; later it acts as a hang-up.
        // A reason of "busy" ends the call busy; the default "rejected" reads as no-answer (unconfirmed).
        var reason = verb.Attribute("reason") ?? "rejected";
        Note(run, $"Reject: {reason}");
        run.EndStatus = answered ? CallStatuses.Completed : reason == "busy" ? CallStatuses.Busy : CallStatuses.NoAnswer;
    }

    private void Answer(CallRun run)
    {
        lock (voice.Gate)
        {
            if (run.Call.Status is CallStatuses.Ringing or CallStatuses.Queued)
            {
                run.Call.Status = CallStatuses.InProgress;
                run.Call.DateUpdated = run.Now;
            }
        }
    }

    private bool IsCurrent(CallRun run)
    {
        lock (voice.Gate)
        {
            return run.Call.Generation == run.Generation && !run.Call.IsFinal;
        }
    }

    private void Note(CallRun run, string line)
    {
        lock (voice.Gate)
        {
            run.Call.Transcript.Add(line);
        }
    }

    private void Fail(CallRun run, string error)
    {
        logger.LogWarning("Call {CallSid}: {Error}", run.Call.Sid, error);
        run.Error = error;
        run.EndStatus = CallStatuses.Completed;
        Note(run, error);
    }

    private List<KeyValuePair<string, string>> Parameters(CallRun run)
    {
        lock (voice.Gate)
        {
            return CallParameters.Of(run.Call, state.AccountSid, run.Call.Status);
        }
    }
}
