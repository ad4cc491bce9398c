using System.Xml;
using System.Xml.Linq;

namespace Switchboard.Twilio.TwiML;

/// <summary>A parsed TwiML answer, for acting on what an app told Twilio to do (the emulator does).</summary>
/// <param name="Verbs">The verbs inside <c>&lt;Response&gt;</c>, in order.</param>
public sealed record TwimlDocument(IReadOnlyList<TwimlVerb> Verbs)
{
    /// <summary>Parses a TwiML document; throws <see cref="FormatException"/> when it is not one.</summary>
    public static TwimlDocument Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XDocument document;
        try
        {
            // App answers are untrusted input: no DTDs, no external entities.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException($"Not well-formed TwiML: {e.Message}", e);
        }

        if (document.Root is not { Name.LocalName: "Response" } root)
        {
            throw new FormatException("TwiML must have <Response> as its root element.");
        }

        return new TwimlDocument([.. root.Elements().Select(ToVerb)]);
    }

    private static TwimlVerb ToVerb(XElement element) => new(
        element.Name.LocalName,
        [.. element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => KeyValuePair.Create(a.Name.LocalName, a.Value))],
        string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)).Trim(),
        [.. element.Elements().Select(ToVerb)]);
}
