using System.Globalization;
using Switchboard.Twilio.Messaging;
using Switchboard.Twilio.TwiML;

namespace Switchboard.TwilioEmulator.Voice;

internal sealed partial class TwimlRunner
{
    /// <summary>
    /// <c>&lt;Record&gt;</c> (FACTS 8.3): the caller speaks for the script's seconds (capped at
    /// <c>maxLength</c>) and hangs up. The recording is stored; <c>recordingStatusCallback</c> gets
    /// <c>RecordingStatus=completed</c>; with <c>transcribe</c> and 2 s &lt; length &lt; 120 s the
    /// <c>transcribeCallback</c> gets the transcription; then <c>action</c> (default: this document)
    /// gets <c>RecordingUrl</c>, <c>RecordingDuration</c>, <c>RecordingSid</c> and <c>Digits=hangup</c>.
    /// The caller has hung up, so the call ends and the action's TwiML is not executed. An empty
    /// recording makes no action request.
    /// </summary>
    private async Task<(Flow, TwimlDocument?)> RecordAsync(CallRun run, TwimlVerb verb, CancellationToken ct)
    {
        if (!string.Equals(verb.Attribute("playBeep"), "false", StringComparison.OrdinalIgnoreCase))
        {
            Note(run, "Record: beep");
        }

        var maxLength = int.TryParse(verb.Attribute("maxLength"), out var max) && max > 0 ? max : 3600;
        var seconds = Math.Clamp(run.Script.RecordingSeconds, 0, maxLength);
        run.EndStatus = CallStatuses.Completed;
        if (seconds == 0)
        {
            Note(run, "Record: nothing recorded; the caller hung up");
            return (Flow.End, null);
        }

        var startedAt = run.Now;
        run.Elapsed += TimeSpan.FromSeconds(seconds);
        var recording = new RecordingRecord
        {
            Sid = Sid.New("RE"),
            CallSid = run.Call.Sid,
            Duration = seconds,
            Source = "RecordVerb",
            StartTime = startedAt,
            DateCreated = startedAt,
            DateUpdated = run.Now,
            Price = CallPrices.Recording(seconds),
        };
        voice.AddRecording(recording);
        run.Recordings.Add(recording);
        Note(run, $"Record: {seconds}s recorded as {recording.Sid}; the caller hung up");

        var recordingUrl = RecordingUrl(run, recording);
        var common = new List<KeyValuePair<string, string>>
        {
            new("RecordingSid", recording.Sid),
            new("RecordingUrl", recordingUrl),
        };
        if (verb.Attribute("recordingStatusCallback") is { Length: > 0 } statusCallback && ResolveOrNote(run, statusCallback) is { } statusUrl)
        {
            webhooks.Enqueue(recording.Sid, statusUrl, verb.Attribute("recordingStatusCallbackMethod"),
            [
                new("AccountSid", state.AccountSid),
                new("CallSid", run.Call.Sid),
                .. common,
                new("RecordingStatus", "completed"),
                new("RecordingDuration", seconds.ToString(CultureInfo.InvariantCulture)),
                new("RecordingChannels", "1"),
                new("RecordingStartTime", TwilioDate.Format(startedAt)),
                new("RecordingSource", "RecordVerb"),
            ]);
        }

        if (string.Equals(verb.Attribute("transcribe"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Transcribe(run, verb, recording, common);
        }

        var action = verb.Attribute("action") ?? run.DocumentUrl ?? "";
        KeyValuePair<string, string>[] extra =
        [
            .. common,
            new("RecordingDuration", seconds.ToString(CultureInfo.InvariantCulture)),
            new("Digits", "hangup"),
        ];
        await FetchAsync(run, action, verb.Attribute("method"), extra, ct);
        return (Flow.End, null);
    }

    private void Transcribe(CallRun run, TwimlVerb verb, RecordingRecord recording, List<KeyValuePair<string, string>> common)
    {
        if (recording.Duration is <= 2 or >= 120)
        {
            // Twilio transcribes only recordings longer than 2 s and shorter than 120 s (warning 13617).
            Note(run, $"Transcription skipped: a {recording.Duration}s recording is outside 2-120 s (warning 13617)");
            return;
        }

        var text = run.Script.TranscriptionText
            ?? $"This is an emulated transcription of the {recording.Duration} second recording {recording.Sid}.";
        lock (voice.Gate)
        {
            recording.TranscriptionSid = Sid.New("TR");
            recording.TranscriptionText = text;
        }

        if (verb.Attribute("transcribeCallback") is not { Length: > 0 } callback || ResolveOrNote(run, callback) is not { } url)
        {
            return;
        }

        var parameters = Parameters(run);
        parameters.AddRange(common);
        parameters.Add(new("TranscriptionSid", recording.TranscriptionSid));
        parameters.Add(new("TranscriptionText", text));
        parameters.Add(new("TranscriptionStatus", "completed"));
        parameters.Add(new("TranscriptionUrl", $"{run.Call.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{state.AccountSid}/Transcriptions/{recording.TranscriptionSid}"));
        parameters.Add(new("TranscriptionType", "fast"));
        webhooks.Enqueue(recording.Sid, url, "POST", parameters);
    }

    private string RecordingUrl(CallRun run, RecordingRecord recording) =>
        run.Call.ApiBaseUrl.TrimEnd('/') + RecordingJson.RecordingPath(state.AccountSid, recording.Sid);

    private string? ResolveOrNote(CallRun run, string url)
    {
        var resolved = Resolve(run, url);
        if (resolved is null)
        {
            Note(run, $"Cannot resolve the callback URL '{url}'; not sent");
        }

        return resolved;
    }
}
