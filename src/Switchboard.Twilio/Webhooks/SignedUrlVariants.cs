namespace Switchboard.Twilio.Webhooks;

/// <summary>
/// The spellings of one URL that Twilio may have signed: as given, without the port, and with the
/// scheme's default port (FACTS.md 1.2). Works on the string so nothing else is re-encoded.
/// </summary>
internal static class SignedUrlVariants
{
    internal static IEnumerable<string> Of(string url)
    {
        var (scheme, host, port, rest) = Split(Clean(url));
        if (scheme is null)
        {
            yield return url;
            yield break;
        }

        var withoutPort = scheme + host + rest;
        yield return port is null ? withoutPort : scheme + host + ":" + port + rest;
        if (port is not null)
        {
            yield return withoutPort;
        }
        else if (DefaultPort(scheme) is { } defaultPort)
        {
            yield return scheme + host + ":" + defaultPort + rest;
        }
    }

    // Twilio never signs user-info or a fragment; neither reaches the server anyway.
    private static string Clean(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            url = url[..hash];
        }

        var authorityStart = url.IndexOf("://", StringComparison.Ordinal);
        if (authorityStart < 0)
        {
            return url;
        }

        authorityStart += 3;
        var authorityEnd = AuthorityEnd(url, authorityStart);
        var at = url.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart);
        return at < 0 ? url : url[..authorityStart] + url[(at + 1)..];
    }

    private static (string? Scheme, string Host, string? Port, string Tail) Split(string url)
    {
        var separator = url.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0)
        {
            return (null, url, null, "");
        }

        var authorityStart = separator + 3;
        var authorityEnd = AuthorityEnd(url, authorityStart);
        var authority = url[authorityStart..authorityEnd];
        var scheme = url[..authorityStart];
        var rest = url[authorityEnd..];

        // An IPv6 literal keeps its colons inside brackets; only a colon after the host starts a port.
        var colon = authority.LastIndexOf(':');
        if (colon < 0 || authority.LastIndexOf(']') > colon)
        {
            return (scheme, authority, null, rest);
        }

        return (scheme, authority[..colon], authority[(colon + 1)..], rest);
    }

    private static int AuthorityEnd(string url, int start)
    {
        var end = url.IndexOfAny(['/', '?', '#'], start);
        return end < 0 ? url.Length : end;
    }

    private static string? DefaultPort(string scheme) => scheme.ToUpperInvariant() switch
    {
        "HTTPS://" or "WSS://" => "443",
        "HTTP://" or "WS://" => "80",
        _ => null,
    };
}
