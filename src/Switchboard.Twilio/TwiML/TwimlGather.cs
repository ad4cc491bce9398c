namespace Switchboard.Twilio.TwiML;

/// <summary>The prompts nested inside <c>&lt;Gather&gt;</c>: Say, Play and Pause only.</summary>
public sealed class TwimlGather
{
    internal List<TwimlVerb> Verbs { get; } = [];

    /// <summary>Speaks <paramref name="text"/> while waiting for input.</summary>
    public TwimlGather Say(string text, string? voice = null, string? language = null, int? loop = null)
    {
        Verbs.Add(TwimlResponse.SayVerb(text, voice, language, loop));
        return this;
    }

    /// <summary>Plays the audio at <paramref name="url"/> while waiting for input.</summary>
    public TwimlGather Play(string url, int? loop = null)
    {
        Verbs.Add(TwimlResponse.PlayVerb(url, loop));
        return this;
    }

    /// <summary>Waits silently for <paramref name="length"/> seconds.</summary>
    public TwimlGather Pause(int? length = null)
    {
        Verbs.Add(TwimlResponse.PauseVerb(length));
        return this;
    }
}
