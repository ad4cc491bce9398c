namespace Switchboard.TwilioEmulator.Numbers;

/// <summary>The IncomingPhoneNumbers resource: list, fetch, purchase, update (webhook URLs) and release.</summary>
internal static class IncomingPhoneNumbersEndpoints
{
    private const string Path = "/IncomingPhoneNumbers";

    public static void MapIncomingPhoneNumbers(this RouteGroupBuilder account)
    {
        account.MapGet(Path + ".json", List);
        account.MapPost(Path + ".json", PurchaseNumber.Handle);
        account.MapGet(Path + "/{Sid}.json", Fetch);
        account.MapPost(Path + "/{Sid}.json", UpdateNumber.Handle);
        account.MapDelete(Path + "/{Sid}.json", Release);
    }

    private static IResult List(HttpRequest request, EmulatorState state)
    {
        IEnumerable<PhoneNumberRecord> numbers = state.Numbers().Where(request.Owns);
        if (request.Query["PhoneNumber"] is { Count: > 0 } phone)
        {
            // Twilio matches a full or partial number; spaces stand for a '+' that lost its encoding.
            var wanted = phone.ToString().Replace(' ', '+');
            numbers = numbers.Where(n => n.PhoneNumber.Contains(wanted, StringComparison.Ordinal));
        }

        if (request.Query["FriendlyName"] is { Count: > 0 } name)
        {
            numbers = numbers.Where(n => string.Equals(n.FriendlyName, name.ToString(), StringComparison.Ordinal));
        }

        lock (state.Gate)
        {
            return Paging.Page(request, "incoming_phone_numbers", numbers.ToList(), n => n.Sid,
                n => IncomingPhoneNumberJson.Of(n, n.AccountSid));
        }
    }

    private static IResult Fetch(string sid, HttpRequest request, EmulatorState state)
    {
        var number = state.FindNumber(sid);
        if (!request.Owns(number))
        {
            return TwilioError.NotFound(request);
        }

        lock (state.Gate)
        {
            return TwilioJson.Ok(IncomingPhoneNumberJson.Of(number!, number!.AccountSid));
        }
    }

    private static IResult Release(string sid, HttpRequest request, EmulatorState state) =>
        request.Owns(state.FindNumber(sid)) && state.RemoveNumber(sid) ? Results.NoContent() : TwilioError.NotFound(request);
}
