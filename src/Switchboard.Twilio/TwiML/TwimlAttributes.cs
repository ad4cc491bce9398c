using System.Globalization;

namespace Switchboard.Twilio.TwiML;

/// <summary>Turns optional verb settings into attributes, leaving out those not set.</summary>
internal static class TwimlAttributes
{
    internal static List<KeyValuePair<string, string>> Of(params (string Name, object? Value)[] pairs)
    {
        var attributes = new List<KeyValuePair<string, string>>(pairs.Length);
        foreach (var (name, value) in pairs)
        {
            var text = value switch
            {
                null => null,
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (text is not null)
            {
                attributes.Add(KeyValuePair.Create(name, text));
            }
        }

        return attributes;
    }

    internal static TwimlVerb Verb(string name, string text, List<KeyValuePair<string, string>> attributes, IReadOnlyList<TwimlVerb>? children = null) =>
        new(name, attributes, text, children ?? []);
}
