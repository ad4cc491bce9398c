using System.Globalization;

namespace Switchboard.TwilioEmulator.Voice;

/// <summary>
/// The Call resource exactly as Twilio writes it (spec <c>api.v2010.account.call</c>): every field
/// present, <c>duration</c>, <c>price</c> and <c>queue_time</c> as strings, dates RFC 2822 or null.
/// </summary>
public sealed record CallJson(
    string Sid,
    string DateCreated,
    string DateUpdated,
    string? ParentCallSid,
    string AccountSid,
    string To,
    string ToFormatted,
    string From,
    string FromFormatted,
    string? PhoneNumberSid,
    string Status,
    string? StartTime,
    string? EndTime,
    string? Duration,
    string? Price,
    string PriceUnit,
    string Direction,
    string? AnsweredBy,
    string ApiVersion,
    string? ForwardedFrom,
    string? GroupSid,
    string? CallerName,
    string QueueTime,
    string? TrunkSid,
    string Uri,
    IReadOnlyDictionary<string, string> SubresourceUris)
{
    private static readonly string[] Subresources =
        ["notifications", "recordings", "payments", "events", "siprec", "streams", "transcriptions", "user_defined_message_subscriptions", "user_defined_messages"];

    private static readonly string[] SubresourcePaths =
        ["Notifications", "Recordings", "Payments", "Events", "Siprec", "Streams", "Transcriptions", "UserDefinedMessageSubscriptions", "UserDefinedMessages"];

    /// <summary>Builds the JSON; call under <see cref="VoiceState.Gate"/>.</summary>
    public static CallJson Of(CallRecord c, string accountSid)
    {
        var uri = $"/2010-04-01/Accounts/{accountSid}/Calls/{c.Sid}";
        return new CallJson(
            c.Sid,
            TwilioDate.Format(c.DateCreated),
            TwilioDate.Format(c.DateUpdated),
            c.ParentCallSid,
            accountSid,
            c.To,
            PhoneNumbers.FriendlyName(c.To),
            c.From,
            PhoneNumbers.FriendlyName(c.From),
            c.PhoneNumberSid,
            c.Status,
            TwilioDate.Format(c.StartTime),
            TwilioDate.Format(c.EndTime),
            c.Duration?.ToString(CultureInfo.InvariantCulture),
            c.Price,
            "USD",
            c.Direction,
            c.AnsweredBy,
            "2010-04-01",
            c.ForwardedFrom,
            null,
            null,
            "0",
            null,
            uri + ".json",
            Subresources.Zip(SubresourcePaths).ToDictionary(s => s.First, s => $"{uri}/{s.Second}.json"));
    }
}
