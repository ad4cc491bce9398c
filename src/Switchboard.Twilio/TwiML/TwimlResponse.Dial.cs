namespace Switchboard.Twilio.TwiML;

public sealed partial class TwimlResponse
{
    /// <summary>Connects the caller to <paramref name="number"/>; see FACTS.md 8.2 for defaults.</summary>
    public TwimlResponse Dial(
        string number,
        string? action = null,
        string? method = null,
        int? timeout = null,
        string? record = null,
        string? callerId = null,
        int? timeLimit = null,
        bool? answerOnBridge = null) =>
        Add(TwimlAttributes.Verb("Dial", number, DialAttributes(action, method, timeout, record, callerId, timeLimit, answerOnBridge)));

    /// <summary>Rings up to 10 <see cref="DialNumber"/> nouns at once and bridges the first to answer.</summary>
    public TwimlResponse Dial(
        IEnumerable<DialNumber> numbers,
        string? action = null,
        string? method = null,
        int? timeout = null,
        string? record = null,
        string? callerId = null,
        int? timeLimit = null,
        bool? answerOnBridge = null)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        return Add(TwimlAttributes.Verb(
            "Dial",
            "",
            DialAttributes(action, method, timeout, record, callerId, timeLimit, answerOnBridge),
            [.. numbers.Select(n => n.ToVerb())]));
    }

    private static List<KeyValuePair<string, string>> DialAttributes(
        string? action, string? method, int? timeout, string? record, string? callerId, int? timeLimit, bool? answerOnBridge) =>
        TwimlAttributes.Of(
            ("action", action), ("method", method), ("timeout", timeout), ("record", record),
            ("callerId", callerId), ("timeLimit", timeLimit), ("answerOnBridge", answerOnBridge));
}
