using System.Security.Cryptography;
using System.Text;

namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>
/// HTTP Basic auth for every REST route: <c>AccountSid:AuthToken</c> or <c>ApiKeySid:Secret</c>
/// (keys made through <c>Keys.json</c>), and the <c>{AccountSid}</c> route value must be the
/// account. Anything else is 401 with code 20003, as on Twilio.
/// </summary>
public sealed class BasicAuthFilter(EmulatorState state) : IEndpointFilter
{
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
        var credentialsMatch = user.StartsWith("SK", StringComparison.Ordinal)
            ? state.FindApiKey(user) is { } key && FixedEquals(secret, key.Secret)
            : FixedEquals(user, state.AccountSid) && FixedEquals(secret, state.AuthToken);
        return credentialsMatch
            && (pathAccount is null || string.Equals(pathAccount, state.AccountSid, StringComparison.Ordinal));
    }

    private static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
