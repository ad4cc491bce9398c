using System.Globalization;

namespace Switchboard.TwilioEmulator.Messaging;

/// <summary>
/// The Message resource exactly as Twilio writes it (spec <c>api.v2010.account.message</c>):
/// every field present, counts and price as strings, <c>error_code</c> an integer or null.
/// </summary>
public sealed record MessageJson(
    string AccountSid,
    string ApiVersion,
    string Body,
    string DateCreated,
    string? DateSent,
    string DateUpdated,
    string Direction,
    int? ErrorCode,
    string? ErrorMessage,
    string? From,
    string? MessagingServiceSid,
    string NumMedia,
    string NumSegments,
    string? Price,
    string? PriceUnit,
    string Sid,
    string Status,
    IReadOnlyDictionary<string, string> SubresourceUris,
    string To,
    string Uri)
{
    public const string ApiVersionValue = "2010-04-01";

    public static MessageJson Of(MessageRecord m, string accountSid)
    {
        var uri = $"/2010-04-01/Accounts/{accountSid}/Messages/{m.Sid}";
        return new MessageJson(
            accountSid,
            ApiVersionValue,
            m.Body,
            TwilioDate.Format(m.DateCreated),
            TwilioDate.Format(m.DateSent),
            TwilioDate.Format(m.DateUpdated),
            m.Direction,
            m.ErrorCode,
            m.ErrorMessage,
            m.From,
            m.MessagingServiceSid,
            m.MediaUrls.Count.ToString(CultureInfo.InvariantCulture),
            m.NumSegments.ToString(CultureInfo.InvariantCulture),
            m.Price,
            m.PriceUnit,
            m.Sid,
            m.Status,
            new Dictionary<string, string>
            {
                ["media"] = uri + "/Media.json",
                ["feedback"] = uri + "/Feedback.json",
            },
            m.To,
            uri + ".json");
    }
}
