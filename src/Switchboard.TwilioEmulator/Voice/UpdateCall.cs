using Switchboard.Twilio.Messaging;

namespace Switchboard.TwilioEmulator.Voice;

/// <summary>
/// <c>POST /Calls/{Sid}.json</c> (FACTS 8.4): <c>Status=canceled</c> ends a queued or ringing call,
/// <c>Status=completed</c> hangs up (or cancels one not yet answered); <c>Url</c>/<c>Twiml</c>
/// redirect an answered call to new TwiML; callback settings change for what follows. A call that
/// has ended answers 21220 (Twilio's "call is not in progress").
/// </summary>
internal static class UpdateCall
{
    public static async Task<IResult> Handle(string sid, HttpRequest request, EmulatorState state, VoiceState voice, CallLifecycle lifecycle, Scheduler scheduler, CancellationToken ct)
    {
        var call = voice.FindCall(sid);
        if (call is null)
        {
            return TwilioError.NotFound(request);
        }

        var form = await FormParameters.ReadAsync(request, ct) ?? FormParameters.Empty;
        var status = CreateCall.NullIfEmpty(form["Status"]);
        var url = CreateCall.NullIfEmpty(form["Url"]);
        var twiml = CreateCall.NullIfEmpty(form["Twiml"]);
        if (status is not (null or CallStatuses.Canceled or CallStatuses.Completed))
        {
            throw new TwilioException(20001, $"Status must be canceled or completed, not '{status}'.");
        }

        if (url is not null && !Messaging.CreateMessage.IsHttpUrl(url))
        {
            throw new TwilioException(21205, $"Url is not a valid URL: {url}");
        }

        var redirect = false;
        lock (voice.Gate)
        {
            if (call.IsFinal)
            {
                throw new TwilioException(21220, "Call is not in-progress. Cannot redirect.");
            }

            if (form["StatusCallback"] is { } callback)
            {
                call.StatusCallback = CreateCall.NullIfEmpty(callback);
            }

            if (form.Has("StatusCallbackMethod"))
            {
                call.StatusCallbackMethod = CreateCall.HttpMethodOf(form, "StatusCallbackMethod");
            }

            if (status is not null)
            {
                // canceled applies only before the call is answered; completed hangs up either way.
                if (call.Status is CallStatuses.Queued or CallStatuses.Ringing)
                {
                    lifecycle.End(call, CallStatuses.Canceled, scheduler.Now);
                }
                else if (status == CallStatuses.Completed)
                {
                    lifecycle.End(call, CallStatuses.Completed, scheduler.Now);
                }
            }
            else if (url is not null || twiml is not null)
            {
                call.Url = url;
                call.Twiml = url is null ? twiml : null;
                call.Method = form.Has("Method") ? CreateCall.HttpMethodOf(form, "Method") : call.Method;
                redirect = call.Status == CallStatuses.InProgress;
            }

            call.DateUpdated = scheduler.Now;
        }

        if (redirect)
        {
            lifecycle.Redirect(call, call.Url, call.Method, call.Twiml);
        }

        lock (voice.Gate)
        {
            return TwilioJson.Ok(CallJson.Of(call, state.AccountSid));
        }
    }
}
