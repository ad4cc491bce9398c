namespace Switchboard.Twilio.Messaging;

/// <summary>How Twilio will encode and split a message body.</summary>
/// <param name="Encoding">GSM-7 when every character is in the GSM tables, otherwise UCS-2.</param>
/// <param name="Segments">Number of billed segments; at least 1 (an empty or media-only body is one).</param>
/// <param name="Length">UTF-16 code units of <paramref name="Body"/>, the measure of Twilio's 1600 limit.</param>
/// <param name="UnicodeCharacters">Distinct characters that forced UCS-2, in order of first appearance.</param>
/// <param name="Body">The body that is sent: after Smart Encoding when it was requested.</param>
/// <param name="ExceedsMaxLength">True when Twilio would reject the body with error 21617.</param>
public sealed record SegmentInfo(
    MessageEncoding Encoding,
    int Segments,
    int Length,
    IReadOnlyList<string> UnicodeCharacters,
    string Body,
    bool ExceedsMaxLength);
