using System.Globalization;
using Switchboard.Twilio.Messaging;
using Switchboard.Twilio.TwiML;

namespace Switchboard.TwilioEmulator.Voice;

internal sealed partial class TwimlRunner
{
    /// <summary>How long an answered dialed leg talks, in simulated seconds.</summary>
    public const int DialTalkSeconds = 10;

    private static readonly string[] DialOutcomes = ["completed", "answered", "busy", "no-answer", "failed", "canceled"];

    public static bool IsDialOutcome(string? value) => value is not null && DialOutcomes.Contains(value);

    /// <summary>
    /// <c>&lt;Dial&gt;</c> (FACTS 8.2): creates the child call (<c>outbound-dial</c>) to the first
    /// <c>Number</c>/<c>Client</c>/<c>Sip</c> noun (or the text), ends it as the script or the
    /// outcome rule for that number says, then posts <c>DialCallStatus</c>, <c>DialCallSid</c> and
    /// <c>DialCallDuration</c> to <c>action</c> and continues with its TwiML, or, without action,
    /// continues with the next verb.
    /// </summary>
    private async Task<(Flow, TwimlDocument?)> DialAsync(CallRun run, TwimlVerb verb, CancellationToken ct)
    {
        var targets = verb.Children.Where(c => c.Name is "Number" or "Client" or "Sip").Select(c => c.Text).ToList();
        if (targets.Count == 0 && verb.Text.Length > 0)
        {
            targets.Add(verb.Text);
        }

        if (targets.Count == 0)
        {
            Note(run, $"Dial: <{verb.Children.FirstOrDefault()?.Name ?? "nothing"}> is not emulated; skipped");
            return (Flow.Next, null);
        }

        var to = targets[0];
        var outcome = run.Script.DialOutcome ?? voice.OutcomeFor(to) ?? "completed";
        var talked = outcome is "completed" or "answered";
        var ringSeconds = outcome switch
        {
            "busy" or "failed" => 0,
            "no-answer" => int.TryParse(verb.Attribute("timeout"), out var t) && t > 0 ? t : 30,
            _ => 3,
        };
        var talkSeconds = talked ? DialTalkSeconds : 0;
        var child = DialedLeg(run, verb.Attribute("callerId"), to, talked ? CallStatuses.Completed : outcome, ringSeconds, talkSeconds);
        run.Elapsed += TimeSpan.FromSeconds(ringSeconds + talkSeconds);
        Note(run, $"Dial: {string.Join(", ", targets)} → {outcome}");

        if (verb.Attribute("action") is not { Length: > 0 } action)
        {
            return (Flow.Next, null);
        }

        KeyValuePair<string, string>[] extra =
        [
            new("DialCallStatus", outcome),
            new("DialCallSid", child.Sid),
            new("DialCallDuration", talkSeconds.ToString(CultureInfo.InvariantCulture)),
        ];
        return (Flow.Replace, await FetchAsync(run, action, verb.Attribute("method"), extra, ct));
    }

    private CallRecord DialedLeg(CallRun run, string? callerId, string to, string status, int ringSeconds, int talkSeconds)
    {
        var started = run.Now + TimeSpan.FromSeconds(ringSeconds);
        // callerId defaults to the caller's number on an inbound call, and to our number on an outbound one: From either way.
        var from = string.IsNullOrEmpty(callerId) ? run.Call.From : callerId;
        var child = new CallRecord
        {
            Sid = Sid.New("CA"),
            ParentCallSid = run.Call.Sid,
            Direction = CallEvents.OutboundDial,
            From = from,
            To = to,
            Status = status,
            DateCreated = run.Now,
            DateUpdated = started + TimeSpan.FromSeconds(talkSeconds),
            StartTime = talkSeconds > 0 ? started : null,
            EndTime = started + TimeSpan.FromSeconds(talkSeconds),
            Duration = talkSeconds,
            Price = talkSeconds > 0 ? CallPrices.Outbound(talkSeconds) : null,
            ApiBaseUrl = run.Call.ApiBaseUrl,
        };
        voice.AddCall(child);
        return child;
    }
}
