using System.Xml;
using System.Xml.Linq;

namespace Switchboard.TwilioEmulator.Control;

/// <summary>A <c>&lt;Message&gt;</c> the app answered an inbound message with.</summary>
internal sealed record TwimlReply(string Body, IReadOnlyList<string> MediaUrls, string? To, string? From, string? Action, string? Method);

/// <summary>
/// Reads the messages out of a messaging webhook's answer (FACTS 2.2): TwiML for XML/HTML content
/// types, the whole body for <c>text/plain</c>. A private minimal reader until the wire library's
/// TwiML parser lands on main; this is the one place to switch over.
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

        XDocument document;
        try
        {
            document = XDocument.Parse(body);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"The webhook answered invalid TwiML: {e.Message} (Twilio error 12100).", e);
        }

        if (document.Root?.Name.LocalName != "Response")
        {
            throw new InvalidDataException("The webhook's TwiML has no <Response> root (Twilio error 12100).");
        }

        return document.Root.Elements()
            .Where(e => e.Name.LocalName == "Message")
            .Select(e => Reply(e, webhookUrl))
            .ToList();
    }

    private static TwimlReply Reply(XElement message, string webhookUrl)
    {
        var nested = message.Elements().ToList();
        var body = nested.Count == 0
            ? message.Value
            : string.Concat(nested.Where(e => e.Name.LocalName == "Body").Select(e => e.Value));
        var media = nested.Where(e => e.Name.LocalName == "Media").Select(e => e.Value.Trim()).ToList();
        var action = (string?)message.Attribute("action");
        if (action is { Length: > 0 } && Uri.TryCreate(new Uri(webhookUrl), action, out var absolute))
        {
            action = absolute.ToString();
        }

        return new TwimlReply(body, media, (string?)message.Attribute("to"), (string?)message.Attribute("from"), action, (string?)message.Attribute("method"));
    }
}
