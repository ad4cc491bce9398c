namespace Switchboard.TwilioEmulator.Keys;

/// <summary>
/// API keys (<c>/Keys.json</c>, spec <c>api.v2010.account.key</c>): create (the only answer that
/// carries the secret), list, fetch, rename, delete. A key authenticates like the auth token.
/// </summary>
internal static class KeysEndpoints
{
    public static void MapKeys(this RouteGroupBuilder account)
    {
        account.MapPost("/Keys.json", Create);
        account.MapGet("/Keys.json", (HttpRequest request, EmulatorState state) =>
        {
            lock (state.Gate)
            {
                return Paging.Page(request, "keys", state.ApiKeys(), k => k.Sid, k => KeyJson.Of(k));
            }
        });
        account.MapGet("/Keys/{Sid}.json", (string sid, HttpRequest request, EmulatorState state) =>
            state.FindApiKey(sid) is { } key ? TwilioJson.Ok(KeyJson.Of(key)) : TwilioError.NotFound(request));
        account.MapPost("/Keys/{Sid}.json", Update);
        account.MapDelete("/Keys/{Sid}.json", (string sid, HttpRequest request, EmulatorState state) =>
            state.RemoveApiKey(sid) ? Results.NoContent() : TwilioError.NotFound(request));
    }

    private static async Task<IResult> Create(HttpRequest request, EmulatorState state, Scheduler scheduler, CancellationToken ct)
    {
        var form = await FormParameters.ReadAsync(request, ct) ?? FormParameters.Empty;
        var now = scheduler.Now;
        var key = new ApiKeyRecord
        {
            Sid = Sid.New("SK"),
            Secret = Sid.NewToken(),
            FriendlyName = form["FriendlyName"] ?? "",
            DateCreated = now,
            DateUpdated = now,
        };
        state.AddApiKey(key);
        return TwilioJson.Created(new NewKeyJson(key.Sid, key.FriendlyName, TwilioDate.Format(key.DateCreated), TwilioDate.Format(key.DateUpdated), key.Secret));
    }

    private static async Task<IResult> Update(string sid, HttpRequest request, EmulatorState state, Scheduler scheduler, CancellationToken ct)
    {
        var key = state.FindApiKey(sid);
        if (key is null)
        {
            return TwilioError.NotFound(request);
        }

        var form = await FormParameters.ReadAsync(request, ct) ?? FormParameters.Empty;
        lock (state.Gate)
        {
            key.FriendlyName = form["FriendlyName"] ?? key.FriendlyName;
            key.DateUpdated = scheduler.Now;
            return TwilioJson.Ok(KeyJson.Of(key));
        }
    }

    private sealed record KeyJson(string Sid, string FriendlyName, string DateCreated, string DateUpdated)
    {
        public static KeyJson Of(ApiKeyRecord k) => new(k.Sid, k.FriendlyName, TwilioDate.Format(k.DateCreated), TwilioDate.Format(k.DateUpdated));
    }

    private sealed record NewKeyJson(string Sid, string FriendlyName, string DateCreated, string DateUpdated, string Secret);
}
