namespace Switchboard.TwilioEmulator.Accounts;

/// <summary>
/// The Accounts resource: fetch (what clients do to check their credentials), and subaccounts as
/// Twilio has them: the main account creates them (<c>POST /Accounts.json</c>), lists itself and
/// them (<c>GET /Accounts.json</c>); a subaccount sees only itself. Each has its own auth token.
/// </summary>
internal static class AccountEndpoints
{
    public static void MapAccount(this RouteGroupBuilder api)
    {
        api.MapGet("/Accounts/{AccountSid}.json", (string accountSid, HttpRequest request, EmulatorState state) =>
            state.FindAccount(accountSid) is { } account ? TwilioJson.Ok(AccountJson.Of(account)) : TwilioError.NotFound(request));
        api.MapPost("/Accounts.json", Create);
        api.MapGet("/Accounts.json", List);
    }

    private static async Task<IResult> Create(HttpRequest request, EmulatorState state, Scheduler scheduler, CancellationToken ct)
    {
        if (!string.Equals(Authenticated(request), state.AccountSid, StringComparison.Ordinal))
        {
            throw new TwilioException(20003, "Subaccounts cannot create subaccounts.", StatusCodes.Status403Forbidden);
        }

        var form = await FormParameters.ReadAsync(request, ct) ?? FormParameters.Empty;
        var account = state.AddSubaccount(form["FriendlyName"], scheduler.Now);
        return TwilioJson.Created(AccountJson.Of(account));
    }

    private static IResult List(HttpRequest request, EmulatorState state)
    {
        IEnumerable<AccountRecord> accounts = state.AccountsVisibleTo(Authenticated(request));
        if (request.Query["FriendlyName"] is { Count: > 0 } name)
        {
            accounts = accounts.Where(a => string.Equals(a.FriendlyName, name.ToString(), StringComparison.Ordinal));
        }

        if (request.Query["Status"] is { Count: > 0 } status)
        {
            accounts = accounts.Where(a => string.Equals(a.Status, status.ToString(), StringComparison.Ordinal));
        }

        lock (state.Gate)
        {
            return Paging.Page(request, "accounts", accounts.ToList(), a => a.Sid, AccountJson.Of);
        }
    }

    private static string Authenticated(HttpRequest request) =>
        request.HttpContext.Items[BasicAuthFilter.AuthenticatedAccount] as string ?? "";

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
        string Uri)
    {
        private static readonly (string Key, string Path)[] Resources =
        [
            ("available_phone_numbers", "AvailablePhoneNumbers"), ("calls", "Calls"), ("conferences", "Conferences"),
            ("incoming_phone_numbers", "IncomingPhoneNumbers"), ("notifications", "Notifications"),
            ("outgoing_caller_ids", "OutgoingCallerIds"), ("recordings", "Recordings"), ("transcriptions", "Transcriptions"),
            ("addresses", "Addresses"), ("signing_keys", "SigningKeys"), ("connect_apps", "ConnectApps"), ("sip", "SIP"),
            ("authorized_connect_apps", "AuthorizedConnectApps"), ("usage", "Usage"), ("keys", "Keys"),
            ("applications", "Applications"), ("short_codes", "SMS/ShortCodes"), ("queues", "Queues"),
            ("messages", "Messages"), ("balance", "Balance"),
        ];

        public static AccountJson Of(AccountRecord a)
        {
            var basePath = $"/2010-04-01/Accounts/{a.Sid}";
            return new AccountJson(
                a.AuthToken, TwilioDate.Format(a.DateCreated), TwilioDate.Format(a.DateUpdated), a.FriendlyName, a.OwnerAccountSid,
                a.Sid, a.Status, Resources.ToDictionary(r => r.Key, r => $"{basePath}/{r.Path}.json"), "Full", basePath + ".json");
        }
    }
}
