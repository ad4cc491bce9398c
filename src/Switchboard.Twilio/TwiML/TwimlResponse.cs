namespace Switchboard.Twilio.TwiML;

/// <summary>
/// Builds a TwiML <c>&lt;Response&gt;</c>. Each method appends one verb; settings left null are
/// omitted so Twilio applies its defaults. <see cref="ToString"/> gives the XML document.
/// </summary>
public sealed partial class TwimlResponse
{
    private readonly List<TwimlVerb> verbs = [];

    /// <summary>The verbs appended so far, in order.</summary>
    public IReadOnlyList<TwimlVerb> Verbs => verbs;

    /// <summary>Sends an SMS/MMS; with media the text goes in a nested <c>&lt;Body&gt;</c>.</summary>
    public TwimlResponse Message(
        string? body = null,
        IEnumerable<string>? media = null,
        string? to = null,
        string? from = null,
        string? action = null,
        string? method = null)
    {
        var attributes = TwimlAttributes.Of(("to", to), ("from", from), ("action", action), ("method", method));
        var mediaUrls = media?.ToList() ?? [];
        if (mediaUrls.Count == 0)
        {
            return Add(TwimlAttributes.Verb("Message", body ?? "", attributes));
        }

        var children = new List<TwimlVerb>();
        if (body is not null)
        {
            children.Add(TwimlAttributes.Verb("Body", body, []));
        }

        children.AddRange(mediaUrls.Select(url => TwimlAttributes.Verb("Media", url, [])));
        return Add(TwimlAttributes.Verb("Message", "", attributes, children));
    }

    /// <summary>Speaks <paramref name="text"/> to the caller.</summary>
    public TwimlResponse Say(string text, string? voice = null, string? language = null, int? loop = null) =>
        Add(SayVerb(text, voice, language, loop));

    /// <summary>Plays the audio file at <paramref name="url"/>.</summary>
    public TwimlResponse Play(string url, int? loop = null) => Add(PlayVerb(url, loop));

    /// <summary>Waits silently; Twilio's default is one second.</summary>
    public TwimlResponse Pause(int? length = null) => Add(PauseVerb(length));

    /// <summary>Continues with the TwiML at <paramref name="url"/>.</summary>
    public TwimlResponse Redirect(string url, string? method = null) =>
        Add(TwimlAttributes.Verb("Redirect", url, TwimlAttributes.Of(("method", method))));

    /// <summary>Ends the call.</summary>
    public TwimlResponse Hangup() => Add(TwimlAttributes.Verb("Hangup", "", []));

    /// <summary>Declines an incoming call without answering (no charge); reason <c>rejected</c> or <c>busy</c>.</summary>
    public TwimlResponse Reject(string? reason = null) =>
        Add(TwimlAttributes.Verb("Reject", "", TwimlAttributes.Of(("reason", reason))));

    /// <summary>Records the caller; see FACTS.md 8.3 for Twilio's defaults.</summary>
    public TwimlResponse Record(
        string? action = null,
        string? method = null,
        int? maxLength = null,
        int? timeout = null,
        string? finishOnKey = null,
        bool? playBeep = null,
        bool? transcribe = null,
        string? transcribeCallback = null,
        string? recordingStatusCallback = null) =>
        Add(TwimlAttributes.Verb("Record", "", TwimlAttributes.Of(
            ("action", action), ("method", method), ("maxLength", maxLength), ("timeout", timeout),
            ("finishOnKey", finishOnKey), ("playBeep", playBeep), ("transcribe", transcribe),
            ("transcribeCallback", transcribeCallback), ("recordingStatusCallback", recordingStatusCallback))));

    /// <summary>Collects digits or speech, playing the nested prompts meanwhile.</summary>
    public TwimlResponse Gather(
        Action<TwimlGather>? prompts = null,
        string? input = null,
        string? action = null,
        string? method = null,
        int? numDigits = null,
        int? timeout = null,
        string? finishOnKey = null)
    {
        var gather = new TwimlGather();
        prompts?.Invoke(gather);
        return Add(TwimlAttributes.Verb("Gather", "", TwimlAttributes.Of(
            ("input", input), ("action", action), ("method", method), ("numDigits", numDigits),
            ("timeout", timeout), ("finishOnKey", finishOnKey)), gather.Verbs));
    }

    internal static TwimlVerb SayVerb(string text, string? voice, string? language, int? loop) =>
        TwimlAttributes.Verb("Say", text, TwimlAttributes.Of(("voice", voice), ("language", language), ("loop", loop)));

    internal static TwimlVerb PlayVerb(string url, int? loop) =>
        TwimlAttributes.Verb("Play", url, TwimlAttributes.Of(("loop", loop)));

    internal static TwimlVerb PauseVerb(int? length) =>
        TwimlAttributes.Verb("Pause", "", TwimlAttributes.Of(("length", length)));

    private TwimlResponse Add(TwimlVerb verb)
    {
        verbs.Add(verb);
        return this;
    }
}
