namespace Switchboard.TwilioEmulator.Voice;

/// <summary>
/// The Recordings resource, account-wide and per call: list (<c>recordings</c>, newest first,
/// filter <c>CallSid</c>), fetch and delete. The media itself is served by <see cref="RecordingMedia"/>.
/// </summary>
internal static class RecordingsEndpoints
{
    public static void MapRecordings(this RouteGroupBuilder account)
    {
        account.MapGet("/Recordings.json", (HttpRequest request, EmulatorState state, VoiceState voice) => List(request, state, voice, request.Query["CallSid"].ToString()));
        account.MapGet("/Recordings/{Sid}.json", (string sid, HttpRequest request, EmulatorState state, VoiceState voice) => Fetch(sid, null, request, state, voice));
        account.MapDelete("/Recordings/{Sid}.json", (string sid, HttpRequest request, VoiceState voice) => Delete(sid, null, request, voice));
        account.MapGet("/Calls/{CallSid}/Recordings.json", (string callSid, HttpRequest request, EmulatorState state, VoiceState voice) =>
            voice.FindCall(callSid) is null ? TwilioError.NotFound(request) : List(request, state, voice, callSid));
        account.MapGet("/Calls/{CallSid}/Recordings/{Sid}.json", (string callSid, string sid, HttpRequest request, EmulatorState state, VoiceState voice) => Fetch(sid, callSid, request, state, voice));
        account.MapDelete("/Calls/{CallSid}/Recordings/{Sid}.json", (string callSid, string sid, HttpRequest request, VoiceState voice) => Delete(sid, callSid, request, voice));
    }

    private static IResult List(HttpRequest request, EmulatorState state, VoiceState voice, string? callSid)
    {
        var items = voice.RecordingsNewestFirst()
            .Where(r => string.IsNullOrEmpty(callSid) || string.Equals(r.CallSid, callSid, StringComparison.Ordinal))
            .ToList();
        var baseUrl = RecordingJson.BaseUrlOf(request);
        lock (voice.Gate)
        {
            return Paging.Page(request, "recordings", items, r => r.Sid, r => RecordingJson.Of(r, state.AccountSid, baseUrl));
        }
    }

    private static IResult Fetch(string sid, string? callSid, HttpRequest request, EmulatorState state, VoiceState voice)
    {
        var recording = voice.FindRecording(sid);
        if (recording is null || (callSid is not null && recording.CallSid != callSid))
        {
            return TwilioError.NotFound(request);
        }

        lock (voice.Gate)
        {
            return TwilioJson.Ok(RecordingJson.Of(recording, state.AccountSid, RecordingJson.BaseUrlOf(request)));
        }
    }

    private static IResult Delete(string sid, string? callSid, HttpRequest request, VoiceState voice)
    {
        var recording = voice.FindRecording(sid);
        if (recording is null || (callSid is not null && recording.CallSid != callSid))
        {
            return TwilioError.NotFound(request);
        }

        voice.RemoveRecording(sid);
        return Results.NoContent();
    }
}
