using Switchboard.Twilio.Messaging;

namespace Switchboard.TwilioEmulator.Voice;

/// <summary>
/// <c>POST /_emulator/calls</c>: a customer calls a provisioned number. Creates the inbound call,
/// POSTs the signed voice webhook to the number's <c>VoiceUrl</c> (then <c>VoiceFallbackUrl</c>),
/// executes the TwiML it answers to the end against the simulated caller (<c>digits</c> for
/// successive <c>Gather</c>s, comma-separated; <c>dialOutcome</c>; <c>recordingSeconds</c>;
/// <c>transcript</c>, the transcription text), completes the call (posting the number's
/// <c>StatusCallback</c>) and answers what happened. Call time is simulated: the request returns
/// as soon as the webhooks have answered.
/// </summary>
internal static class SimulateIncomingCall
{
    public sealed record Request(string? From, string? To, string? DialOutcome, string? Digits, int? RecordingSeconds, string? Transcript);

    public sealed record RecordingView(string Sid, int Duration, string Url, string? TranscriptionSid, string? TranscriptionText);

    public sealed record Result(string CallSid, int? WebhookStatus, string Status, int Duration, IReadOnlyList<string> Transcript, IReadOnlyList<RecordingView> Recordings, string? Error);

    public static async Task<IResult> Handle(Request request, HttpRequest http, EmulatorState state, VoiceState voice, TwimlRunner runner, CallLifecycle lifecycle, Scheduler scheduler, CancellationToken ct)
    {
        var from = request.From?.Trim();
        var to = request.To?.Trim();
        if (!PhoneNumbers.IsE164(from))
        {
            return Control.ControlEndpoints.Invalid("from", $"'from' must be the caller's E.164 number such as +15555550123, not '{request.From}'.");
        }

        if (string.IsNullOrEmpty(to))
        {
            return Control.ControlEndpoints.Invalid("to", "'to' is required: the provisioned number the customer calls.");
        }

        if (request.DialOutcome is not null && !TwimlRunner.IsDialOutcome(request.DialOutcome))
        {
            return Control.ControlEndpoints.Invalid("dialOutcome", $"'dialOutcome' must be completed, answered, busy, no-answer, failed or canceled, not '{request.DialOutcome}'.");
        }

        if (request.RecordingSeconds is < 0 or > 3600)
        {
            return Control.ControlEndpoints.Invalid("recordingSeconds", "'recordingSeconds' must be between 0 and 3600.");
        }

        var number = state.FindNumberByPhone(to);
        if (number is null)
        {
            return TypedResults.Problem($"{to} is not a number of any emulated account; provision it first (EmulatorOptions.ProvisionedNumbers or POST IncomingPhoneNumbers.json).",
                statusCode: StatusCodes.Status404NotFound, title: "Unknown number");
        }

        string voiceUrl, voiceMethod, fallbackUrl, fallbackMethod, statusCallback, statusCallbackMethod;
        lock (state.Gate)
        {
            (voiceUrl, voiceMethod, fallbackUrl, fallbackMethod) = (number.VoiceUrl, number.VoiceMethod, number.VoiceFallbackUrl, number.VoiceFallbackMethod);
            (statusCallback, statusCallbackMethod) = (number.StatusCallback, number.StatusCallbackMethod);
        }

        var now = scheduler.Now;
        var call = new CallRecord
        {
            Sid = Sid.New("CA"),
            Direction = CallEvents.Inbound,
            From = from!,
            To = number.PhoneNumber,
            PhoneNumberSid = number.Sid,
            Status = CallStatuses.Ringing,
            DateCreated = now,
            DateUpdated = now,
            StartTime = now,
            ApiBaseUrl = RecordingJson.BaseUrlOf(http),
            Url = voiceUrl,
            Method = voiceMethod,
            StatusCallback = CreateCall.NullIfEmpty(statusCallback),
            StatusCallbackMethod = statusCallbackMethod,
        };
        voice.AddCall(call);

        var digits = request.Digits is { Length: > 0 } d ? d.Split(',', StringSplitOptions.TrimEntries) : [];
        var script = new CallScript(request.DialOutcome, digits, request.RecordingSeconds ?? CallScript.DefaultRecordingSeconds, request.Transcript);
        var run = new CallRun(call, 0, script, now);
        if (string.IsNullOrEmpty(voiceUrl))
        {
            run.Error = "The number has no VoiceUrl configured.";
        }
        else if (await runner.FetchAsync(run, voiceUrl, voiceMethod, [], ct, CreateCall.NullIfEmpty(fallbackUrl), fallbackMethod) is { } document)
        {
            await runner.ExecuteAsync(run, document, ct);
        }

        lock (voice.Gate)
        {
            if (!call.IsFinal)
            {
                lifecycle.End(call, run.EndStatus ?? CallStatuses.Completed, run.Now);
            }

            var recordings = run.Recordings
                .Select(r => new RecordingView(r.Sid, r.Duration, call.ApiBaseUrl.TrimEnd('/') + RecordingJson.RecordingPath(state.AccountSid, r.Sid), r.TranscriptionSid, r.TranscriptionText))
                .ToList();
            return TypedResults.Ok(new Result(call.Sid, run.WebhookStatus, call.Status, call.Duration ?? 0, call.Transcript.ToList(), recordings, run.Error));
        }
    }
}
