namespace Switchboard.TwilioEmulator.Messaging;

/// <summary>Twilio's default opt-out management for long codes and toll-free numbers (FACTS 6), as data.</summary>
public static class OptOutKeywords
{
    public const string Stop = "STOP";
    public const string Start = "START";
    public const string Help = "HELP";

    private static readonly Dictionary<string, string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STOP"] = Stop, ["STOPALL"] = Stop, ["UNSUBSCRIBE"] = Stop, ["CANCEL"] = Stop,
        ["END"] = Stop, ["QUIT"] = Stop, ["REVOKE"] = Stop, ["OPTOUT"] = Stop,
        ["START"] = Start, ["YES"] = Start, ["UNSTOP"] = Start,
        ["HELP"] = Help, ["INFO"] = Help,
    };

    /// <summary>Twilio's standard auto-replies, sent at no charge.</summary>
    public static readonly IReadOnlyDictionary<string, string> Replies = new Dictionary<string, string>
    {
        [Stop] = "You have successfully been unsubscribed. You will not receive any more messages from this number. Reply START to resubscribe.",
        [Start] = "You have successfully been re-subscribed to messages from this number. Reply HELP for help. Reply STOP to unsubscribe. Msg&Data Rates May Apply.",
        [Help] = "Reply STOP to unsubscribe. Msg&Data Rates May Apply.",
    };

    /// <summary>The <c>OptOutType</c> a body triggers: the whole message, trimmed, case-insensitive; null for anything else.</summary>
    public static string? Classify(string? body) => body is null ? null : Keywords.GetValueOrDefault(body.Trim());
}
