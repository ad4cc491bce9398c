using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Twilio.Webhooks;

/// <summary>
/// Computes the <c>X-Twilio-Signature</c> value exactly as Twilio does: HMAC-SHA1 keyed with the
/// auth token over the URL followed by every form parameter (name then value), sorted ordinally.
/// </summary>
public static class TwilioSignature
{
    public const string HeaderName = "X-Twilio-Signature";

    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        return Sign(authToken, url, SignedParameters(parameters));
    }

    /// <summary>
    /// What follows the URL in the signed data: every parameter name then value, sorted ordinally.
    /// The same for every spelling of the URL, so a validator builds it once.
    /// </summary>
    internal static string SignedParameters(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder();
        // Node and Python drop duplicate values of a repeated key and sort the rest ordinally;
        // we follow them (FACTS.md 1.4).
        foreach (var group in parameters
                     .GroupBy(p => p.Key, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var value in group.Select(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                data.Append(group.Key).Append(value);
            }
        }

        return data.ToString();
    }

    internal static string Sign(string authToken, string url, string signedParameters)
    {
        var digest = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(url + signedParameters));
        return Convert.ToBase64String(digest);
    }

    /// <summary>Lower-case hex SHA-256 of a raw body, as carried by the <c>bodySHA256</c> query parameter.</summary>
    public static string BodyHash(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));
}
