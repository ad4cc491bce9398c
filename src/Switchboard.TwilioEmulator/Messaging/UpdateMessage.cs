namespace Switchboard.TwilioEmulator.Messaging;

/// <summary><c>POST /Messages/{Sid}.json</c>: <c>Status=canceled</c> cancels a message not yet sent; <c>Body=</c> redacts.</summary>
internal static class UpdateMessage
{
    public static async Task<IResult> Handle(string sid, HttpRequest request, EmulatorState state, MessageLifecycle lifecycle, Scheduler scheduler, CancellationToken ct)
    {
        var message = state.FindMessage(sid);
        if (message is null || !request.Owns(message))
        {
            return TwilioError.NotFound(request);
        }

        var form = await FormParameters.ReadAsync(request, ct) ?? FormParameters.Empty;
        if (form["Status"] is { } status)
        {
            if (!string.Equals(status, MessageStatus.Canceled, StringComparison.Ordinal))
            {
                throw new TwilioException(20001, $"Invalid Status '{status}': the only allowed value is canceled.");
            }

            if (!lifecycle.TryCancel(message))
            {
                throw new TwilioException(30409, "Message cannot be canceled: it is no longer queued or scheduled.");
            }
        }

        if (form["Body"] is { } body)
        {
            if (body.Length > 0)
            {
                throw new TwilioException(20001, "Body may only be updated to an empty string (redaction).");
            }

            lock (state.Gate)
            {
                message.Body = "";
                message.DateUpdated = scheduler.Now;
            }
        }

        lock (state.Gate)
        {
            return TwilioJson.Ok(MessageJson.Of(message, message.AccountSid));
        }
    }
}
