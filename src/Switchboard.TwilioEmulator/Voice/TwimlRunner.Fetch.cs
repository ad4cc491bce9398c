using Switchboard.Twilio.TwiML;

namespace Switchboard.TwilioEmulator.Voice;

internal sealed partial class TwimlRunner
{
    private static readonly string[] TwimlContentTypes = ["text/xml", "application/xml", "text/html"];

    /// <summary>
    /// Requests TwiML (signed, with the call's parameters plus <paramref name="extra"/>) and parses it;
    /// on failure the fallback URL is tried (with <c>ErrorCode</c>/<c>ErrorUrl</c>). Null, after noting
    /// the Twilio error in the transcript, when there is no usable TwiML: the call then ends, as
    /// Twilio's "an application error has occurred" does.
    /// </summary>
    public async Task<TwimlDocument?> FetchAsync(
        CallRun run, string url, string? method, IEnumerable<KeyValuePair<string, string>> extra, CancellationToken ct,
        string? fallbackUrl = null, string? fallbackMethod = null)
    {
        var target = Resolve(run, url);
        if (target is null)
        {
            Fail(run, $"Error 11200: cannot resolve the URL '{url}' (relative URLs need a document URL).");
            return null;
        }

        var parameters = Parameters(run);
        parameters.AddRange(extra);
        var result = await webhooks.SendAsync(target, method ?? "POST", parameters, ct);
        if (!result.Succeeded && !string.IsNullOrEmpty(fallbackUrl))
        {
            var errorCode = result.StatusCode is null ? "11205" : "11200";
            Note(run, $"Error {errorCode}: {target} answered {result.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? result.Error}; trying the fallback URL");
            var fallbackParameters = parameters.Append(new("ErrorCode", errorCode)).Append(new("ErrorUrl", target)).ToList();
            target = fallbackUrl;
            result = await webhooks.SendAsync(fallbackUrl, fallbackMethod ?? "POST", fallbackParameters, ct);
        }

        if (!run.Fetched)
        {
            run.Fetched = true;
            run.WebhookStatus = result.StatusCode;
        }

        if (!result.Succeeded)
        {
            Fail(run, $"Error {(result.StatusCode is null ? 11205 : 11200)}: {target} answered {result.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? result.Error}");
            return null;
        }

        if (!TwimlContentTypes.Contains(result.ContentType ?? "", StringComparer.OrdinalIgnoreCase))
        {
            Fail(run, $"Error 12300: {target} answered the content type '{result.ContentType}', not TwiML.");
            return null;
        }

        var document = Parse(run, result.Body ?? "");
        if (document is not null)
        {
            run.DocumentUrl = target;
        }

        return document;
    }

    /// <summary>Parses inline TwiML (the <c>Twiml</c> parameter); null after noting error 12100.</summary>
    public TwimlDocument? Parse(CallRun run, string xml)
    {
        try
        {
            return TwimlDocument.Parse(xml);
        }
        catch (FormatException e)
        {
            Fail(run, $"Error 12100: {e.Message}");
            return null;
        }
    }

    /// <summary>An absolute URL as is; a relative one against the current document's URL.</summary>
    private static string? Resolve(CallRun run, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return url;
        }

        return run.DocumentUrl is { } document && Uri.TryCreate(new Uri(document), url, out var relative) ? relative.AbsoluteUri : null;
    }
}
