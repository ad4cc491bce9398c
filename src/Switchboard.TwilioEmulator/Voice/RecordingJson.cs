using System.Globalization;

namespace Switchboard.TwilioEmulator.Voice;

/// <summary>
/// The Recording resource as Twilio writes it (spec <c>api.v2010.account.recording</c>):
/// <c>duration</c> a string, <c>channels</c> an integer, <c>media_url</c> the absolute media
/// address without extension (it serves WAV; append <c>.mp3</c> for MP3).
/// </summary>
public sealed record RecordingJson(
    string AccountSid,
    string ApiVersion,
    string CallSid,
    string? ConferenceSid,
    string DateCreated,
    string DateUpdated,
    string StartTime,
    string Duration,
    string Sid,
    string? Price,
    string PriceUnit,
    string Status,
    int Channels,
    string Source,
    int? ErrorCode,
    string Uri,
    object? EncryptionDetails,
    IReadOnlyDictionary<string, string> SubresourceUris,
    string MediaUrl)
{
    /// <param name="apiBaseUrl">The emulator's address as the client reached it, ending in <c>/</c>.</param>
    public static RecordingJson Of(RecordingRecord r, string accountSid, string apiBaseUrl)
    {
        var path = RecordingPath(accountSid, r.Sid);
        return new RecordingJson(
            accountSid,
            "2010-04-01",
            r.CallSid,
            null,
            TwilioDate.Format(r.DateCreated),
            TwilioDate.Format(r.DateUpdated),
            TwilioDate.Format(r.StartTime),
            r.Duration.ToString(CultureInfo.InvariantCulture),
            r.Sid,
            r.Price,
            "USD",
            r.Status,
            r.Channels,
            r.Source,
            null,
            path + ".json",
            null,
            new Dictionary<string, string>
            {
                ["add_on_results"] = path + "/AddOnResults.json",
                ["transcriptions"] = path + "/Transcriptions.json",
            },
            apiBaseUrl.TrimEnd('/') + path);
    }

    public static string RecordingPath(string accountSid, string sid) => $"/2010-04-01/Accounts/{accountSid}/Recordings/{sid}";

    /// <summary>The emulator's base address as seen by the client of <paramref name="request"/>.</summary>
    public static string BaseUrlOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";
}
