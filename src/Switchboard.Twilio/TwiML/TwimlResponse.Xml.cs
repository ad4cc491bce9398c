using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace Switchboard.Twilio.TwiML;

public sealed partial class TwimlResponse
{
    /// <summary>The XML declaration every document starts with.</summary>
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /// <summary>The TwiML for "no reply": <c>&lt;Response/&gt;</c>.</summary>
    public static string Empty { get; } = new TwimlResponse().ToString();

    /// <summary>The document: declaration plus <c>&lt;Response&gt;</c>, compact, escaped by <see cref="XmlWriter"/>.</summary>
    public override string ToString()
    {
        var xml = new StringBuilder(Declaration);
        // XmlWriter would declare the StringBuilder's UTF-16; we write the UTF-8 declaration ourselves.
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment };
        using (var writer = XmlWriter.Create(xml, settings))
        {
            Write(writer, new TwimlVerb("Response", [], "", verbs));
        }

        // XmlWriter closes empty elements as "<X />"; Twilio's own examples (and ours) use "<X/>".
        // A literal " />" cannot occur elsewhere because XmlWriter escapes '>' in text and attributes.
        return xml.Replace(" />", "/>").ToString();
    }

    /// <summary>The document as a <c>text/xml</c> result for a minimal API endpoint.</summary>
    public IResult ToResult() => Results.Content(ToString(), "text/xml", Encoding.UTF8);

    private static void Write(XmlWriter writer, TwimlVerb verb)
    {
        writer.WriteStartElement(verb.Name);
        foreach (var (name, value) in verb.Attributes)
        {
            writer.WriteAttributeString(name, value);
        }

        if (verb.Text.Length > 0)
        {
            writer.WriteString(verb.Text);
        }

        foreach (var child in verb.Children)
        {
            Write(writer, child);
        }

        writer.WriteEndElement();
    }
}
