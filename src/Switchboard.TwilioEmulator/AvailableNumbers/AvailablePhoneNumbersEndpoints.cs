namespace Switchboard.TwilioEmulator.AvailableNumbers;

/// <summary>The AvailablePhoneNumbers resource: <c>/AvailablePhoneNumbers/{CountryCode}/{Type}.json</c>.</summary>
internal static class AvailablePhoneNumbersEndpoints
{
    public static void MapAvailablePhoneNumbers(this RouteGroupBuilder account) =>
        account.MapGet("/AvailablePhoneNumbers/{CountryCode}/{Type}.json", SearchAvailableNumbers.Handle);
}
