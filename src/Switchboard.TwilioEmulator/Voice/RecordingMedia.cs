using System.Buffers.Binary;

namespace Switchboard.TwilioEmulator.Voice;

/// <summary>
/// A recording's audio: <c>GET …/Recordings/{Sid}</c> or <c>{Sid}.wav</c> (<c>audio/x-wav</c>,
/// 8 kHz 16-bit mono PCM, as Twilio's) and <c>{Sid}.mp3</c> (<c>audio/mpeg</c>, 32 kHz mono
/// MPEG-1 Layer III). Both are silence of the recording's duration, capped at
/// <see cref="MaxSeconds"/> to keep responses small. Like Twilio's default, no credentials are needed.
/// </summary>
internal static class RecordingMedia
{
    public const int MaxSeconds = 120;
    private const int WavSampleRate = 8000;
    private const int Mp3FrameBytes = 144; // 144 × 32 kbit/s ÷ 32 kHz, no padding.
    private const int Mp3FrameSamples = 1152;
    private const int Mp3SampleRate = 32000;

    public static void MapRecordingMedia(this WebApplication app) =>
        app.MapGet("/2010-04-01/Accounts/{AccountSid}/Recordings/{File}", Handle);

    private static IResult Handle(string accountSid, string file, HttpRequest request, EmulatorState state, VoiceState voice)
    {
        var dot = file.LastIndexOf('.');
        var (sid, extension) = dot < 0 ? (file, "") : (file[..dot], file[(dot + 1)..].ToUpperInvariant());
        var recording = accountSid == state.AccountSid ? voice.FindRecording(sid) : null;
        if (recording is null || extension is not ("" or "WAV" or "MP3"))
        {
            return TwilioError.NotFound(request);
        }

        var seconds = Math.Min(recording.Duration, MaxSeconds);
        return extension == "MP3"
            ? Results.File(Mp3(seconds), "audio/mpeg", sid + ".mp3")
            : Results.File(Wav(seconds), "audio/x-wav", sid + ".wav");
    }

    /// <summary>A RIFF/WAVE file of <paramref name="seconds"/> of silence, 8 kHz 16-bit mono.</summary>
    public static byte[] Wav(int seconds)
    {
        const short channels = 1;
        const short bitsPerSample = 16;
        var dataBytes = seconds * WavSampleRate * channels * bitsPerSample / 8;
        var wav = new byte[44 + dataBytes];
        var span = wav.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + dataBytes);
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], channels);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], WavSampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], WavSampleRate * channels * bitsPerSample / 8);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], channels * bitsPerSample / 8);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], bitsPerSample);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], dataBytes);
        return wav;
    }

    /// <summary>
    /// Silent MPEG-1 Layer III frames: each a header (32 kbit/s, 32 kHz, mono, no CRC) and all-zero
    /// side information and main data, which decoders play as silence.
    /// </summary>
    public static byte[] Mp3(int seconds)
    {
        var frames = Math.Max(1, (int)Math.Ceiling(seconds * (double)Mp3SampleRate / Mp3FrameSamples));
        var mp3 = new byte[frames * Mp3FrameBytes];
        for (var i = 0; i < frames; i++)
        {
            var frame = mp3.AsSpan(i * Mp3FrameBytes);
            frame[0] = 0xFF;
            frame[1] = 0xFB; // MPEG-1, Layer III, no CRC
            frame[2] = 0x18; // 32 kbit/s, 32 kHz, no padding
            frame[3] = 0xC0; // mono
        }

        return mp3;
    }
}
