using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>
/// Answers REST paths no endpoint took: 405 with code 20004 when the path is a known resource
/// reached with the wrong method, 404 with code 20404 otherwise (both after authentication, as on Twilio).
/// </summary>
internal static class UnknownRoute
{
    public static IResult Handle(HttpContext context, EndpointDataSource endpoints)
    {
        var path = context.Request.Path;
        var known = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 })
            .Any(e => Matches(e.RoutePattern, path));
        return known ? TwilioError.MethodNotAllowed(context.Request) : TwilioError.NotFound(context.Request);
    }

    private static bool Matches(RoutePattern pattern, PathString path)
    {
        if (pattern.RawText is not { } raw || raw.Contains("**", StringComparison.Ordinal))
        {
            return false;
        }

        var matcher = new TemplateMatcher(TemplateParser.Parse(raw), new RouteValueDictionary());
        return matcher.TryMatch(path, new RouteValueDictionary());
    }
}
