using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Twilio.Webhooks;

/// <summary>Checks the <c>X-Twilio-Signature</c> of an incoming webhook (FACTS.md 1).</summary>
public static class TwilioRequestValidator
{
    /// <summary>The query parameter that carries the body hash of a JSON webhook.</summary>
    public const string BodyHashParameter = "bodySHA256";

    /// <summary>
    /// True when <paramref name="signature"/> was computed with <paramref name="authToken"/> over
    /// <paramref name="url"/> (or its port variants) and exactly these form parameters.
    /// </summary>
    public static bool Validate(
        string authToken, string url, IEnumerable<KeyValuePair<string, string>> formParams, string? signature)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(formParams);
        if (string.IsNullOrEmpty(signature) || authToken.Length == 0)
        {
            return false;
        }

        var parameters = TwilioSignature.SignedParameters(formParams);
        var presented = Encoding.ASCII.GetBytes(signature);
        var matched = false;
        foreach (var candidate in SignedUrlVariants.Of(url))
        {
            // Every variant is checked even after a match so timing does not reveal which one matched.
            matched |= FixedTimeEquals(presented, TwilioSignature.Sign(authToken, candidate, parameters));
        }

        return matched;
    }

    /// <summary>
    /// Validates a JSON webhook: the signature covers <paramref name="url"/> (including its
    /// <c>bodySHA256</c> query parameter) with no parameters appended, and that parameter must equal
    /// the SHA-256 of <paramref name="rawBody"/> as received.
    /// </summary>
    public static bool ValidateWithBody(string authToken, string url, ReadOnlySpan<byte> rawBody, string? signature)
    {
        ArgumentNullException.ThrowIfNull(url);
        var expectedHash = QueryValue(url, BodyHashParameter);
        if (expectedHash is null)
        {
            return false;
        }

        var signatureValid = Validate(authToken, url, [], signature);
        var bodyValid = FixedTimeEquals(Encoding.ASCII.GetBytes(expectedHash), TwilioSignature.BodyHash(rawBody));
        return signatureValid && bodyValid;
    }

    private static bool FixedTimeEquals(byte[] presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(presented, Encoding.ASCII.GetBytes(expected));

    internal static string? QueryValue(string url, string name)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return null;
        }

        var end = url.IndexOf('#', query);
        foreach (var pair in url[(query + 1)..(end < 0 ? url.Length : end)].Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair.AsSpan(0, equals).SequenceEqual(name))
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }
}
