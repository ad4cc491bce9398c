namespace Switchboard.TwilioEmulator.Numbers;

/// <summary><c>POST /IncomingPhoneNumbers/{Sid}.json</c>: how the app points a number at its webhooks.</summary>
internal static class UpdateNumber
{
    public static async Task<IResult> Handle(string sid, HttpRequest request, EmulatorState state, Scheduler scheduler, CancellationToken ct)
    {
        var number = state.FindNumber(sid);
        if (number is null || !request.Owns(number))
        {
            return TwilioError.NotFound(request);
        }

        var form = await FormParameters.ReadAsync(request, ct) ?? FormParameters.Empty;
        if (form["AccountSid"] is { Length: > 0 } target && target != number.AccountSid)
        {
            throw new TwilioException(20003, "Moving numbers to another account is not emulated.", StatusCodes.Status401Unauthorized);
        }

        NumberSettings.Validate(form);
        lock (state.Gate)
        {
            NumberSettings.Apply(number, form);
            number.DateUpdated = scheduler.Now;
            return TwilioJson.Ok(IncomingPhoneNumberJson.Of(number, number.AccountSid));
        }
    }
}
