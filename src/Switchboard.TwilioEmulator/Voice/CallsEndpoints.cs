namespace Switchboard.TwilioEmulator.Voice;

/// <summary>The Calls resource: <c>/2010-04-01/Accounts/{AccountSid}/Calls…</c>, with each call's recordings.</summary>
internal static class CallsEndpoints
{
    public static void MapCalls(this RouteGroupBuilder account)
    {
        account.MapPost("/Calls.json", CreateCall.Handle);
        account.MapGet("/Calls.json", ListCalls.Handle);
        account.MapGet("/Calls/{Sid}.json", Fetch);
        account.MapPost("/Calls/{Sid}.json", UpdateCall.Handle);
        account.MapDelete("/Calls/{Sid}.json", Delete);
    }

    private static IResult Fetch(string sid, HttpRequest request, EmulatorState state, VoiceState voice)
    {
        var call = voice.FindCall(sid);
        if (call is null)
        {
            return TwilioError.NotFound(request);
        }

        lock (voice.Gate)
        {
            return TwilioJson.Ok(CallJson.Of(call, state.AccountSid));
        }
    }

    private static IResult Delete(string sid, HttpRequest request, VoiceState voice)
    {
        var call = voice.FindCall(sid);
        if (call is null)
        {
            return TwilioError.NotFound(request);
        }

        lock (voice.Gate)
        {
            if (!call.IsFinal)
            {
                throw new TwilioException(20009, "Cannot delete this resource before it is complete");
            }
        }

        voice.RemoveCall(sid);
        return Results.NoContent();
    }
}
