namespace Switchboard.Twilio.Rest;

/// <summary>The <c>Recordings</c> resource, account-wide and per call, and the audio itself.</summary>
public sealed class RecordingsClient
{
    private const string ItemsKey = "recordings";
    private readonly TwilioTransport transport;

    internal RecordingsClient(TwilioTransport transport) => this.transport = transport;

    private string ListPath => transport.AccountPath + "/Recordings.json";

    public Task<RecordingResource> FetchAsync(string recordingSid, CancellationToken cancellationToken = default) =>
        transport.GetJsonAsync<RecordingResource>($"{transport.AccountPath}/Recordings/{Paging.Segment(recordingSid)}.json", cancellationToken);

    public Task<Page<RecordingResource>> ListPageAsync(RecordingListFilter? filter = null, int? pageSize = null, CancellationToken cancellationToken = default) =>
        transport.GetPageAsync<RecordingResource>(ListPath + (filter ?? new()).ToAccountQuery(pageSize).ToQueryString(), ItemsKey, cancellationToken);

    public IAsyncEnumerable<RecordingResource> ListAsync(RecordingListFilter? filter = null, int? pageSize = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<RecordingResource>(ListPath + (filter ?? new()).ToAccountQuery(pageSize).ToQueryString(), ItemsKey, cancellationToken);

    /// <summary>Recordings of one call (<c>Calls/{CallSid}/Recordings.json</c>).</summary>
    public IAsyncEnumerable<RecordingResource> ListForCallAsync(
        string callSid, RecordingListFilter? filter = null, int? pageSize = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<RecordingResource>(
            $"{transport.AccountPath}/Calls/{Paging.Segment(callSid)}/Recordings.json" + (filter ?? new()).ToCallQuery(pageSize).ToQueryString(),
            ItemsKey,
            cancellationToken);

    /// <summary>
    /// The audio, as <c>.wav</c> or <c>.mp3</c>. Sent with the credentials because accounts may
    /// require auth for media; HttpClient drops the Authorization header if Twilio redirects.
    /// </summary>
    public async Task<RecordingMedia> DownloadMediaAsync(string recordingSid, RecordingFormat format = RecordingFormat.Wav, CancellationToken cancellationToken = default)
    {
        var (extension, fallbackType) = format switch
        {
            RecordingFormat.Wav => ("wav", "audio/x-wav"),
            RecordingFormat.Mp3 => ("mp3", "audio/mpeg"),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown recording format."),
        };
        var path = $"{transport.AccountPath}/Recordings/{Paging.Segment(recordingSid)}.{extension}";
        var (content, contentType) = await transport.GetBytesAsync(path, fallbackType, cancellationToken);
        return new RecordingMedia(content, contentType ?? fallbackType);
    }

    public Task DeleteAsync(string recordingSid, CancellationToken cancellationToken = default) =>
        transport.DeleteAsync($"{transport.AccountPath}/Recordings/{Paging.Segment(recordingSid)}.json", cancellationToken);
}
