using Microsoft.AspNetCore.Antiforgery;
using Switchboard.Api;

namespace Switchboard.Users;

/// <summary>
/// A browser sends the session cookie with any request to us, including one a hostile page
/// triggers. SameSite=Strict already keeps the cookie off cross-site requests; on top of that,
/// a cookie-authenticated request that changes something on the API must carry the antiforgery
/// token in <c>X-CSRF-Token</c> (from the sign-in answer or <c>GET /api/v1/me</c>). API-key
/// callers are not affected: a browser never adds a bearer header by itself. See ADR 0011.
/// </summary>
public sealed class SessionCsrfGuard(RequestDelegate next)
{
    public const string HeaderName = "X-CSRF-Token";

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        if (context.Request.Path.StartsWithSegments(ApiFeature.Prefix, StringComparison.OrdinalIgnoreCase)
            && UserSession.IsSession(context.User)
            && !IsSafe(context.Request.Method)
            && !await antiforgery.IsRequestValidAsync(context))
        {
            await Refusal().ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    public static IResult Refusal() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "CSRF token missing or invalid",
        detail: $"Requests signed in with the session cookie must send the {HeaderName} header given at sign-in or by GET /api/v1/me.");

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
