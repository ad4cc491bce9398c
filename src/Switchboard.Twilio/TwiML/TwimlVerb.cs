namespace Switchboard.Twilio.TwiML;

/// <summary>One TwiML element: a verb such as <c>Dial</c>, or a noun inside one such as <c>Number</c>.</summary>
/// <param name="Name">Element name, case as written (<c>Say</c>, <c>Message</c>, <c>Body</c>, ...).</param>
/// <param name="Attributes">Attributes in document order.</param>
/// <param name="Text">The element's own text, trimmed of surrounding whitespace as Twilio does.</param>
/// <param name="Children">Nested elements.</param>
public sealed record TwimlVerb(
    string Name,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    string Text,
    IReadOnlyList<TwimlVerb> Children)
{
    /// <summary>The value of attribute <paramref name="name"/> (exact case), or null when absent.</summary>
    public string? Attribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (string.Equals(attribute.Key, name, StringComparison.Ordinal))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>The first nested element called <paramref name="name"/>, or null.</summary>
    public TwimlVerb? Child(string name) =>
        Children.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
