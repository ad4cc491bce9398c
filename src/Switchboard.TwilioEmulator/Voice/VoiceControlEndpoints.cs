using Switchboard.Twilio.Messaging;

namespace Switchboard.TwilioEmulator.Voice;

/// <summary>
/// The voice part of the control API (loopback only, JSON): <c>POST /_emulator/calls</c> (a
/// customer calls), <c>GET /_emulator/calls/{callSid}</c> (a call's transcript) and
/// <c>POST /_emulator/calls/outcomes</c> (how calls to a number end).
/// </summary>
internal static class VoiceControlEndpoints
{
    private static readonly string[] Outcomes = [CallStatuses.Completed, CallStatuses.Busy, CallStatuses.NoAnswer, CallStatuses.Failed, CallStatuses.Canceled];

    public sealed record OutcomeRequest(string? To, string? Status);

    public static void MapVoiceControl(this WebApplication app)
    {
        var control = app.MapGroup("/_emulator/calls").AddEndpointFilter<LoopbackOnlyFilter>();
        control.MapPost("", SimulateIncomingCall.Handle);
        control.MapGet("/{callSid}", Transcript);
        control.MapPost("/outcomes", SetOutcome);
    }

    private static IResult Transcript(string callSid, VoiceState voice)
    {
        var call = voice.FindCall(callSid);
        if (call is null)
        {
            return TypedResults.Problem($"No call {callSid}.", statusCode: StatusCodes.Status404NotFound, title: "Unknown call");
        }

        lock (voice.Gate)
        {
            return TypedResults.Ok(new { callSid = call.Sid, call.Status, call.Direction, transcript = call.Transcript.ToList() });
        }
    }

    private static IResult SetOutcome(OutcomeRequest request, VoiceState voice)
    {
        var to = request.To?.Trim();
        if (!PhoneNumbers.IsE164(to))
        {
            return Control.ControlEndpoints.Invalid("to", $"'to' must be an E.164 number such as +15555550123, not '{request.To}'.");
        }

        if (request.Status is null || !Outcomes.Contains(request.Status))
        {
            return Control.ControlEndpoints.Invalid("status", $"'status' must be one of {string.Join(", ", Outcomes)}, not '{request.Status}'.");
        }

        voice.SetOutcome(to!, request.Status);
        return TypedResults.Ok(new { to, request.Status });
    }
}
