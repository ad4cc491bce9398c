namespace Switchboard.Twilio.TwiML;

/// <summary>A <c>&lt;Number&gt;</c> noun inside <c>&lt;Dial&gt;</c>; up to 10 ring in parallel.</summary>
/// <param name="Number">The phone number to ring, E.164.</param>
/// <param name="Url">TwiML run for the called party before the calls are bridged (a whisper).</param>
/// <param name="Method">HTTP method for <paramref name="Url"/>.</param>
/// <param name="StatusCallback">Receives call progress events for this leg.</param>
/// <param name="StatusCallbackEvent">Space-separated events: <c>initiated ringing answered completed</c>.</param>
/// <param name="SendDigits">Digits to play once the leg answers.</param>
public sealed record DialNumber(
    string Number,
    string? Url = null,
    string? Method = null,
    string? StatusCallback = null,
    string? StatusCallbackEvent = null,
    string? SendDigits = null)
{
    internal TwimlVerb ToVerb() => TwimlAttributes.Verb(
        "Number",
        Number,
        TwimlAttributes.Of(
            ("sendDigits", SendDigits), ("url", Url), ("method", Method),
            ("statusCallback", StatusCallback), ("statusCallbackEvent", StatusCallbackEvent)));
}
