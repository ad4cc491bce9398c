using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Events.Webhooks;

/// <summary>
/// <c>Switchboard-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "{t}.{body}"&gt;</c>, keyed
/// with the endpoint's secret. Signing the timestamp lets receivers refuse old replays (docs/webhooks.md).
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Switchboard-Signature";
    public const string EventIdHeader = "Switchboard-Event-Id";
    public const string DeliveryIdHeader = "Switchboard-Delivery-Id";

    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var signed = Encoding.UTF8.GetBytes($"{timestamp.ToString(CultureInfo.InvariantCulture)}.{body}");
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>A new secret: "whsec_" and 32 random bytes, base64url.</summary>
    public static string NewSecret() => "whsec_" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
