namespace Switchboard.Twilio.Rest;

/// <summary>A call or conference recording (spec <c>api.v2010.account.recording</c>).</summary>
public sealed record RecordingResource
{
    public string? Sid { get; init; }

    public string? AccountSid { get; init; }

    public string? CallSid { get; init; }

    public string? ConferenceSid { get; init; }

    /// <summary>Raw status word (<c>in-progress</c>, <c>paused</c>, <c>stopped</c>, <c>processing</c>, <c>completed</c>, <c>absent</c>, <c>deleted</c>).</summary>
    public string? Status { get; init; }

    public string? Source { get; init; }

    /// <summary>Seconds; Twilio sends a string, <c>-1</c> while still recording.</summary>
    public int? Duration { get; init; }

    public int? Channels { get; init; }

    public decimal? Price { get; init; }

    public string? PriceUnit { get; init; }

    public int? ErrorCode { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? DateCreated { get; init; }

    public DateTimeOffset? DateUpdated { get; init; }

    public string? ApiVersion { get; init; }

    /// <summary>URL of the audio without extension; see <see cref="RecordingsClient.DownloadMediaAsync"/>.</summary>
    public string? MediaUrl { get; init; }

    public string? Uri { get; init; }

    public IReadOnlyDictionary<string, string?>? SubresourceUris { get; init; }
}

/// <summary>Audio bytes of a recording and the media type Twilio gave them.</summary>
public sealed record RecordingMedia(byte[] Content, string ContentType);

/// <summary>Audio encodings Twilio serves a recording in.</summary>
public enum RecordingFormat
{
    Wav,
    Mp3,
}
