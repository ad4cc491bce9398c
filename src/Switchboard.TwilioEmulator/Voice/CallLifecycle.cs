using System.Globalization;
using Switchboard.Twilio.Messaging;
using Switchboard.Twilio.TwiML;

namespace Switchboard.TwilioEmulator.Voice;

/// <summary>
/// Moves calls through Twilio's lifecycle on the <see cref="Scheduler"/>'s clock: an outbound call
/// is <c>queued</c>, is initiated and rings at once, and <see cref="RingTime"/> later is answered
/// (or ends <c>busy</c>, <c>no-answer</c> after its <c>Timeout</c>, or <c>failed</c>, as the call
/// outcome rule for its <c>To</c> says). Once answered its TwiML runs (simulated time), and the call
/// completes when that time has passed on the clock. Status callbacks go out for the requested
/// events, in order, signed, with <c>SequenceNumber</c>.
/// </summary>
public sealed class CallLifecycle
{
    public static readonly TimeSpan RingTime = TimeSpan.FromSeconds(2);

    private readonly EmulatorState state;
    private readonly VoiceState voice;
    private readonly Scheduler scheduler;
    private readonly WebhookSender webhooks;
    private readonly TwimlRunner runner;
    private readonly ILogger<CallLifecycle> logger;

    internal CallLifecycle(EmulatorState state, VoiceState voice, Scheduler scheduler, WebhookSender webhooks, TwimlRunner runner, ILogger<CallLifecycle> logger)
    {
        this.state = state;
        this.voice = voice;
        this.scheduler = scheduler;
        this.webhooks = webhooks;
        this.runner = runner;
        this.logger = logger;
    }

    /// <summary>Starts a stored <c>queued</c> outbound call.</summary>
    public void Start(CallRecord call)
    {
        var now = scheduler.Now;
        scheduler.Schedule(now, () => Initiate(call, now));
    }

    private void Initiate(CallRecord call, DateTimeOffset at)
    {
        lock (voice.Gate)
        {
            if (call.Status != CallStatuses.Queued)
            {
                return;
            }

            Notify(call, CallEvents.Initiated, CallEvents.Initiated, at);
            var outcome = voice.OutcomeFor(call.To);
            if (outcome == CallStatuses.Failed)
            {
                End(call, CallStatuses.Failed, at);
                return;
            }

            SetStatus(call, CallStatuses.Ringing, at);
            Notify(call, CallEvents.Ringing, CallStatuses.Ringing, at);
            var (due, next) = outcome switch
            {
                CallStatuses.Busy => (at + RingTime, CallStatuses.Busy),
                CallStatuses.NoAnswer => (at + TimeSpan.FromSeconds(call.Timeout), CallStatuses.NoAnswer),
                CallStatuses.Canceled => (at + RingTime, CallStatuses.Canceled),
                _ => (at + RingTime, CallStatuses.InProgress),
            };
            scheduler.Schedule(due, () => Ring(call, next, due));
        }
    }

    private void Ring(CallRecord call, string next, DateTimeOffset at)
    {
        int generation;
        lock (voice.Gate)
        {
            if (call.Status != CallStatuses.Ringing)
            {
                return;
            }

            if (next != CallStatuses.InProgress)
            {
                End(call, next, at);
                return;
            }

            call.StartTime = at;
            SetStatus(call, CallStatuses.InProgress, at);
            Notify(call, CallEvents.Answered, CallStatuses.InProgress, at);
            generation = call.Generation;
        }

        _ = Task.Run(() => RunAsync(call, generation, at, call.Url, call.Method, call.Twiml));
    }

    /// <summary>Replaces the TwiML of an answered call (update with <c>Url</c> or <c>Twiml</c>).</summary>
    public void Redirect(CallRecord call, string? url, string method, string? twiml)
    {
        int generation;
        lock (voice.Gate)
        {
            call.Generation++;
            generation = call.Generation;
        }

        var now = scheduler.Now;
        _ = Task.Run(() => RunAsync(call, generation, now, url, method, twiml));
    }

    /// <summary>Ends a call now, e.g. a hang-up or cancel through the REST API; call under <see cref="VoiceState.Gate"/>.</summary>
    public void End(CallRecord call, string status, DateTimeOffset at)
    {
        call.Generation++;
        call.EndTime = at;
        var answered = call.StartTime is not null && status == CallStatuses.Completed;
        call.Duration = answered ? (int)Math.Ceiling((at - call.StartTime!.Value).TotalSeconds) : 0;
        call.Price = answered
            ? call.Direction == CallEvents.Inbound ? CallPrices.Inbound(call.Duration.Value) : CallPrices.Outbound(call.Duration.Value)
            : null;
        SetStatus(call, status, at);
        var extra = new List<KeyValuePair<string, string>>();
        if (call.Record && answered && call.Duration > 0)
        {
            var recording = new RecordingRecord
            {
                Sid = Sid.New("RE"),
                CallSid = call.Sid,
                Duration = call.Duration.Value,
                Source = "OutboundAPI",
                StartTime = call.StartTime!.Value,
                DateCreated = at,
                DateUpdated = at,
                Price = CallPrices.Recording(call.Duration.Value),
            };
            voice.AddRecording(recording);
            extra.Add(new("RecordingUrl", call.ApiBaseUrl.TrimEnd('/') + RecordingJson.RecordingPath(state.AccountSid, recording.Sid)));
            extra.Add(new("RecordingSid", recording.Sid));
            extra.Add(new("RecordingDuration", recording.Duration.ToString(CultureInfo.InvariantCulture)));
        }

        Notify(call, CallEvents.Completed, status, at, extra);
    }

    private async Task RunAsync(CallRecord call, int generation, DateTimeOffset startedAt, string? url, string method, string? twiml)
    {
        var run = new CallRun(call, generation, CallScript.Silent, startedAt);
        try
        {
            TwimlDocument? document = !string.IsNullOrEmpty(url)
                ? await runner.FetchAsync(run, url, method, [], CancellationToken.None, call.FallbackUrl, call.FallbackMethod)
                : runner.Parse(run, twiml ?? "<Response/>");
            if (document is not null)
            {
                await runner.ExecuteAsync(run, document, CancellationToken.None);
            }
        }
#pragma warning disable CA1031 // A broken run must still end its call.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Call {CallSid}: running TwiML failed", call.Sid);
        }

        var endsAt = run.Now;
        var status = run.EndStatus ?? CallStatuses.Completed;
        scheduler.Schedule(endsAt, () =>
        {
            lock (voice.Gate)
            {
                if (call.Generation == generation && call.Status == CallStatuses.InProgress)
                {
                    End(call, status, endsAt);
                }
            }
        });
    }

    private static void SetStatus(CallRecord call, string status, DateTimeOffset at)
    {
        call.Status = status;
        call.DateUpdated = at;
    }

    /// <summary>Posts a status callback when <paramref name="callEvent"/> was requested; call under <see cref="VoiceState.Gate"/>.</summary>
    internal void Notify(CallRecord call, string callEvent, string callStatus, DateTimeOffset at, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        if (string.IsNullOrEmpty(call.StatusCallback) || !call.StatusCallbackEvents.Contains(callEvent))
        {
            return;
        }

        var p = CallParameters.Of(call, state.AccountSid, callStatus);
        if (CallStatuses.IsFinal(callStatus))
        {
            var duration = (call.Duration ?? 0).ToString(CultureInfo.InvariantCulture);
            p.Add(new("CallDuration", duration));
            p.Add(new("Duration", (((call.Duration ?? 0) + 59) / 60).ToString(CultureInfo.InvariantCulture)));
        }

        p.Add(new("Timestamp", TwilioDate.Format(at)));
        p.Add(new("CallbackSource", "call-progress-events"));
        p.Add(new("SequenceNumber", call.SequenceNumber++.ToString(CultureInfo.InvariantCulture)));
        if (extra is not null)
        {
            p.AddRange(extra);
        }

        webhooks.Enqueue(call.Sid, call.StatusCallback, call.StatusCallbackMethod, p);
    }
}
