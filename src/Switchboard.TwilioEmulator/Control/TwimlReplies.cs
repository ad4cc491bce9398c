using Switchboard.Twilio.TwiML;

namespace Switchboard.TwilioEmulator.Control;

/// <summary>A <c>&lt;Message&gt;</c> the app answered an inbound message with.</summary>
internal sealed record TwimlReply(string Body, IReadOnlyList<string> MediaUrls, string? To, string? From, string? Action, string? Method);

/// <summary>
/// Reads the messages out of a messaging webhook's answer (FACTS 2.2): TwiML for XML/HTML content
/// types, the whole body for <c>text/plain</c>; anything else is Twilio's error 12300.
/// </summary>
internal static class TwimlReplies
{
    public static IReadOnlyList<TwimlReply> Parse(string? contentType, string? body, string webhookUrl)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        if (string.Equals(contentType, "text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return [new TwimlReply(body, [], null, null, null, null)];
        }

        if (contentType is not ("text/xml" or "application/xml" or "text/html"))
        {
            throw new InvalidDataException($"Unsupported webhook response content type '{contentType}' (Twilio error 12300).");
        }

        TwimlDocument document;
        try
        {
            document = TwimlDocument.Parse(body);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"The webhook answered invalid TwiML: {e.Message} (Twilio error 12100).", e);
        }

        return document.Verbs.Where(v => v.Name == "Message").Select(v => Reply(v, webhookUrl)).ToList();
    }

    private static TwimlReply Reply(TwimlVerb message, string webhookUrl)
    {
        var body = message.Children.Count == 0
            ? message.Text
            : string.Concat(message.Children.Where(c => c.Name == "Body").Select(c => c.Text));
        var media = message.Children.Where(c => c.Name == "Media").Select(c => c.Text).ToList();
        var action = message.Attribute("action");
        if (action is { Length: > 0 } && Uri.TryCreate(new Uri(webhookUrl), action, out var absolute))
        {
            action = absolute.ToString();
        }

        return new TwimlReply(body, media, message.Attribute("to"), message.Attribute("from"), action, message.Attribute("method"));
    }
}
