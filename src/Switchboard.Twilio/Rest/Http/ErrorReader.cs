using System.Text.Json;

namespace Switchboard.Twilio.Rest;

/// <summary>Turns an error answer into a <see cref="TwilioApiException"/>, whatever its body holds.</summary>
internal static class ErrorReader
{
    private const int ExcerptLength = 200;

    public static TwilioApiException Read(HttpMethodAndPath request, int status, string? reason, string body, bool outcomeUnknown, TwilioCredentials credentials)
    {
        int? code = null;
        string? message = null;
        string? moreInfo = null;
        var isJson = false;
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    isJson = true;
                    var root = document.RootElement;
                    code = root.TryGetProperty("code", out var c) ? c.Deserialize<int?>(TwilioJson.Options) : null;
                    message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                    moreInfo = root.TryGetProperty("more_info", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
                }
            }
            catch (JsonException)
            {
                // Proxies and load balancers answer with HTML or plain text; described below.
            }
        }

        var detail = isJson
            ? $"{(code is null ? "no code" : $"code {code}")}: {message ?? "(no message)"}"
            : string.IsNullOrWhiteSpace(body) ? "an empty body" : $"a non-JSON body: {Excerpt(body)}";
        var text = $"Twilio answered {request} with HTTP {status} {reason}, {detail}".Replace(" ,", ",", StringComparison.Ordinal);
        if (outcomeUnknown)
        {
            text += ". The create may or may not have happened; look it up before trying again";
        }

        return new TwilioApiException(
            credentials.Redact(text),
            status,
            code,
            message is null ? null : credentials.Redact(message),
            moreInfo,
            outcomeUnknown);
    }

    private static string Excerpt(string body)
    {
        var flat = body.ReplaceLineEndings(" ").Trim();
        return flat.Length <= ExcerptLength ? flat : string.Concat(flat.AsSpan(0, ExcerptLength), "…");
    }
}

/// <summary>A request named for messages: method and path without the query, which may hold phone numbers.</summary>
internal readonly record struct HttpMethodAndPath(HttpMethod Method, string Path)
{
    public override string ToString() => $"{Method} {Path}";
}
