using System.Globalization;
using Switchboard.TwilioEmulator.Messaging;

namespace Switchboard.TwilioEmulator.Control;

/// <summary>The form parameters of Twilio's inbound SMS webhook (FACTS 2.1).</summary>
internal static class InboundSmsParameters
{
    public static List<KeyValuePair<string, string>> Of(EmulatorState state, MessageRecord m, string? optOutType)
    {
        var p = new List<KeyValuePair<string, string>>
        {
            new("ToCountry", PhoneNumbers.CountryOf(m.To)), new("ToState", ""), new("ToCity", ""), new("ToZip", ""),
            new("FromCountry", PhoneNumbers.CountryOf(m.From!)), new("FromState", ""), new("FromCity", ""), new("FromZip", ""),
            new("SmsMessageSid", m.Sid),
            new("NumMedia", m.MediaUrls.Count.ToString(CultureInfo.InvariantCulture)),
            new("SmsSid", m.Sid),
            new("SmsStatus", MessageStatus.Received),
            new("Body", m.Body),
            new("To", m.To),
            new("NumSegments", m.NumSegments.ToString(CultureInfo.InvariantCulture)),
            new("MessageSid", m.Sid),
            new("AccountSid", m.AccountSid),
            new("From", m.From!),
            new("ApiVersion", MessageJson.ApiVersionValue),
        };
        for (var i = 0; i < m.MediaUrls.Count; i++)
        {
            p.Add(new($"MediaUrl{i}", m.MediaUrls[i]));
            p.Add(new($"MediaContentType{i}", ContentTypeOf(m.MediaUrls[i])));
        }

        if (optOutType is not null)
        {
            p.Add(new("OptOutType", optOutType));
        }

        return p;
    }

    private static string ContentTypeOf(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".JPG" or ".JPEG" => "image/jpeg",
            ".PNG" => "image/png",
            ".GIF" => "image/gif",
            ".MP4" => "video/mp4",
            ".PDF" => "application/pdf",
            ".VCF" => "text/vcard",
            _ => "application/octet-stream",
        };
    }
}
