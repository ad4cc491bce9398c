using System.Text;

namespace Switchboard.Twilio.Webhooks;

/// <summary>Signs outgoing webhooks as Twilio does, for the emulator and for tests.</summary>
public static class TwilioWebhookSigner
{
    /// <summary>The <c>X-Twilio-Signature</c> value for a form POST (or, with no parameters, a GET).</summary>
    public static string SignForm(string authToken, string url, IEnumerable<KeyValuePair<string, string>> formParams) =>
        TwilioSignature.Compute(authToken, url, formParams);

    /// <summary>
    /// Signs a JSON webhook: appends <c>bodySHA256</c> to <paramref name="url"/> and signs the result.
    /// </summary>
    public static SignedJsonWebhook SignJson(string authToken, string url, ReadOnlySpan<byte> rawBody)
    {
        ArgumentNullException.ThrowIfNull(url);
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var signedUrl = $"{url}{separator}{TwilioRequestValidator.BodyHashParameter}={TwilioSignature.BodyHash(rawBody)}";
        return new SignedJsonWebhook(signedUrl, TwilioSignature.Compute(authToken, signedUrl, []));
    }

    /// <summary>
    /// A ready-to-send signed form POST. The body is form-encoded by
    /// <see cref="FormUrlEncodedContent"/>; the signature covers the decoded values, so either encoding of a space works.
    /// </summary>
    public static HttpRequestMessage CreateFormRequest(
        string authToken, string url, IEnumerable<KeyValuePair<string, string>> formParams)
    {
        var parameters = formParams.ToList();
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(parameters) };
        request.Headers.TryAddWithoutValidation(TwilioSignature.HeaderName, SignForm(authToken, url, parameters));
        return request;
    }

    /// <summary>A ready-to-send signed JSON POST to <paramref name="url"/> plus its <c>bodySHA256</c>.</summary>
    public static HttpRequestMessage CreateJsonRequest(string authToken, string url, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var signed = SignJson(authToken, url, body);
        var request = new HttpRequestMessage(HttpMethod.Post, signed.Url)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.TryAddWithoutValidation(TwilioSignature.HeaderName, signed.Signature);
        return request;
    }
}
