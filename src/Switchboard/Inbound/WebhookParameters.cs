using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Switchboard.Inbound;

/// <summary>
/// The parameters of a stored webhook, read back from its raw body: a form (Twilio's default) or
/// a JSON object (the <c>bodySHA256</c> variant). Every parameter is kept; readers pick theirs.
/// </summary>
public sealed class WebhookParameters(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values => values;

    public string? this[string name] => values.TryGetValue(name, out var value) ? value : null;

    public static WebhookParameters Parse(string rawBody)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        return rawBody.TrimStart().StartsWith('{') ? FromJson(rawBody) : FromForm(rawBody);
    }

    public static WebhookParameters FromForm(string rawBody)
    {
        // Repeated keys do not occur in Twilio's webhooks (they index: MediaUrl0, MediaUrl1); the first wins.
        var parsed = QueryHelpers.ParseQuery(rawBody);
        return new(parsed.ToDictionary(p => p.Key, p => p.Value.FirstOrDefault() ?? "", StringComparer.Ordinal));
    }

    public static WebhookParameters FromJson(string rawBody)
    {
        using var document = JsonDocument.Parse(rawBody);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString()!
                    : property.Value.GetRawText();
            }
        }

        return new(values);
    }
}
