using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Switchboard.Twilio.Webhooks;

/// <summary>Rebuilds the URL Twilio signed from the request as it reached us (FACTS.md 1.5).</summary>
public static class TwilioWebhookUrl
{
    /// <summary>
    /// <paramref name="publicBaseUrl"/> (or the request's scheme and Host) followed by the request
    /// target exactly as it arrived on the wire, so no escape is decoded or re-encoded.
    /// </summary>
    public static string Rebuild(HttpRequest request, string? publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = string.IsNullOrWhiteSpace(publicBaseUrl)
            ? $"{request.Scheme}://{request.Host.Value}"
            : publicBaseUrl.TrimEnd('/');
        return origin + RawTarget(request);
    }

    private static string RawTarget(HttpRequest request)
    {
        var raw = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw))
        {
            return request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        }

        // An absolute-form target (sent to proxies) carries its own origin; keep only path and query.
        if (!raw.StartsWith('/') && Uri.TryCreate(raw, UriKind.Absolute, out _))
        {
            var start = raw.IndexOf('/', raw.IndexOf("://", StringComparison.Ordinal) + 3);
            return start < 0 ? "/" : raw[start..];
        }

        return raw;
    }
}
