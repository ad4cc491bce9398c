using System.Security.Cryptography;
using System.Text;

namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>
/// HTTP Basic auth for every REST route: <c>AccountSid:AuthToken</c> or <c>ApiKeySid:Secret</c>
/// (keys made through <c>Keys.json</c>) of the main account or a subaccount, and the
/// <c>{AccountSid}</c> route value must be that account (or, for the main account, a subaccount). Anything else is 401 with code 20003, as on Twilio.
/// </summary>
public sealed class BasicAuthFilter(EmulatorState state) : IEndpointFilter
{
    /// <summary>HttpContext item: the SID of the account whose credentials the request carried.</summary>
    public const string AuthenticatedAccount = "emulator:account";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!IsAuthorized(http))
        {
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"Twilio API\"";
            return TwilioError.Unauthorized();
        }

        try
        {
            return await next(context);
        }
        catch (TwilioException e)
        {
            return e.ToResult();
        }
    }

    private bool IsAuthorized(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        var user = decoded[..colon];
        var secret = decoded[(colon + 1)..];
        var pathAccount = http.GetRouteValue("AccountSid") as string;
        string? account = null;
        if (user.StartsWith("SK", StringComparison.Ordinal))
        {
            // Keys are the main account's (Keys.json under a subaccount is not emulated).
            account = state.FindApiKey(user) is { } key && FixedEquals(secret, key.Secret) ? state.AccountSid : null;
        }
        else if (state.FindAccount(user) is { } owner && FixedEquals(secret, owner.AuthToken))
        {
            account = owner.Sid;
        }

        // The main account's credentials also act on its subaccounts, as on Twilio.
        http.Items[AuthenticatedAccount] = account;
        return account is not null && (pathAccount is null || state.MayActOn(account, pathAccount));
    }

    private static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
