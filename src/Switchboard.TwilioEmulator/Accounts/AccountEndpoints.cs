namespace Switchboard.TwilioEmulator.Accounts;

/// <summary><c>GET /2010-04-01/Accounts/{AccountSid}.json</c>: what clients fetch to check their credentials.</summary>
internal static class AccountEndpoints
{
    public static void MapAccount(this RouteGroupBuilder api) => api.MapGet("/Accounts/{AccountSid}.json", Fetch);

    private static IResult Fetch(EmulatorState state)
    {
        var sid = state.AccountSid;
        var basePath = $"/2010-04-01/Accounts/{sid}";
        var resources = new[]
        {
            ("available_phone_numbers", "AvailablePhoneNumbers"), ("calls", "Calls"), ("conferences", "Conferences"),
            ("incoming_phone_numbers", "IncomingPhoneNumbers"), ("notifications", "Notifications"),
            ("outgoing_caller_ids", "OutgoingCallerIds"), ("recordings", "Recordings"), ("transcriptions", "Transcriptions"),
            ("addresses", "Addresses"), ("signing_keys", "SigningKeys"), ("connect_apps", "ConnectApps"), ("sip", "SIP"),
            ("authorized_connect_apps", "AuthorizedConnectApps"), ("usage", "Usage"), ("keys", "Keys"),
            ("applications", "Applications"), ("short_codes", "SMS/ShortCodes"), ("queues", "Queues"),
            ("messages", "Messages"), ("balance", "Balance"),
        };
        return TwilioJson.Ok(new AccountJson(
            state.AuthToken,
            TwilioDate.Format(state.Created),
            TwilioDate.Format(state.Created),
            "Switchboard emulator account",
            sid,
            sid,
            "active",
            resources.ToDictionary(r => r.Item1, r => $"{basePath}/{r.Item2}.json"),
            "Full",
            basePath + ".json"));
    }

    private sealed record AccountJson(
        string AuthToken,
        string DateCreated,
        string DateUpdated,
        string FriendlyName,
        string OwnerAccountSid,
        string Sid,
        string Status,
        IReadOnlyDictionary<string, string> SubresourceUris,
        string Type,
        string Uri);
}
