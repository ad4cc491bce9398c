namespace Switchboard.TwilioEmulator.Messaging;

/// <summary>The Messages resource: <c>/2010-04-01/Accounts/{AccountSid}/Messages…</c>.</summary>
internal static class MessagesEndpoints
{
    public static void MapMessages(this RouteGroupBuilder account)
    {
        account.MapPost("/Messages.json", CreateMessage.Handle);
        account.MapGet("/Messages.json", ListMessages.Handle);
        account.MapGet("/Messages/{Sid}.json", Fetch);
        account.MapPost("/Messages/{Sid}.json", UpdateMessage.Handle);
        account.MapDelete("/Messages/{Sid}.json", Delete);
    }

    private static IResult Fetch(string sid, HttpRequest request, EmulatorState state)
    {
        var message = state.FindMessage(sid);
        if (message is null || !request.Owns(message))
        {
            return TwilioError.NotFound(request);
        }

        lock (state.Gate)
        {
            return TwilioJson.Ok(MessageJson.Of(message, message.AccountSid));
        }
    }

    private static IResult Delete(string sid, HttpRequest request, EmulatorState state, MessageLifecycle lifecycle)
    {
        var message = state.FindMessage(sid);
        if (message is null || !request.Owns(message))
        {
            return TwilioError.NotFound(request);
        }

        // Twilio refuses to delete a message still on its way (20009); cancel it first, or wait.
        // A sent message without a receipt yet can go: the carrier has it either way.
        if (!message.IsFinal && message.Status != MessageStatus.Sent)
        {
            throw new TwilioException(20009, "Cannot delete this resource before it is complete");
        }

        lifecycle.Withdraw(message);
        state.RemoveMessage(sid);
        return Results.NoContent();
    }
}
