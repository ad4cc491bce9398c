using System.Net;
using Switchboard.Twilio.Rest;
using Switchboard.Twilio.Tests.Rest.Support;

namespace Switchboard.Twilio.Tests.Rest;

public class RecordingWireFormatTests
{
    [Theory]
    [InlineData(RecordingFormat.Wav, ".wav", "audio/x-wav")]
    [InlineData(RecordingFormat.Mp3, ".mp3", "audio/mpeg")]
    public async Task DownloadsRecordingAudioWithItsContentType(RecordingFormat format, string extension, string contentType)
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, "RIFF-audio", contentType);

        var media = await client.Recordings.DownloadMediaAsync("REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", format);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(Fixture.AccountPath + "/Recordings/REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" + extension, request.PathAndQuery);
        Assert.NotNull(request.Message.Headers.Authorization);
        Assert.Equal("RIFF-audio"u8.ToArray(), media.Content);
        Assert.Equal(contentType, media.ContentType);
    }

    [Fact]
    public async Task ListsRecordingsAccountWideAndPerCall()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("recordings-page.json"))
            .Answer(HttpStatusCode.OK, Fixture.SpecExample("recordings-page.json"));
        var after = new DateTimeOffset(2026, 2, 3, 22, 0, 0, TimeSpan.FromHours(-5));

        await client.Recordings.ListPageAsync(new RecordingListFilter { CallSid = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", DateCreatedAfter = after });
        await foreach (var recording in client.Recordings.ListForCallAsync("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", new RecordingListFilter { DateCreatedAfter = after }))
        {
            Assert.NotNull(recording.Sid);
        }

        Assert.Equal(
            [
                Fixture.AccountPath + "/Recordings.json?DateCreated%3E=2026-02-04T03%3A00%3A00Z&CallSid=CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                Fixture.AccountPath + "/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Recordings.json?DateCreated%3E=2026-02-04",
            ],
            handler.Requests.Select(r => r.PathAndQuery).Take(2));
    }
}
