namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>The <c>{AccountSid}</c> of a REST path: whose numbers and messages a request addresses.</summary>
internal static class RouteAccount
{
    public static string AccountOf(this HttpRequest request) =>
        request.RouteValues.TryGetValue("AccountSid", out var sid) && sid is string s ? s : "";

    public static bool Owns(this HttpRequest request, PhoneNumberRecord? number) =>
        number is not null && string.Equals(number.AccountSid, request.AccountOf(), StringComparison.Ordinal);

    public static bool Owns(this HttpRequest request, MessageRecord? message) =>
        message is not null && string.Equals(message.AccountSid, request.AccountOf(), StringComparison.Ordinal);
}
