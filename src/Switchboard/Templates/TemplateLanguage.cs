namespace Switchboard.Templates;

/// <summary>Chooses the body for a recipient: the asked language, then the contact's, then the template's default.</summary>
public static class TemplateLanguage
{
    /// <summary>"fr-CA" → "fr"; bodies are keyed by the two-letter language.</summary>
    public static string? Normalize(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? null : tag.Trim().Split('-', '_')[0].ToLowerInvariant();

    public static (string Language, string Body) Choose(MessageTemplate template, params string?[] preferences)
    {
        ArgumentNullException.ThrowIfNull(template);
        foreach (var preference in preferences.Select(Normalize).Append(template.DefaultLanguage))
        {
            if (preference is not null && template.Bodies.TryGetValue(preference, out var body))
            {
                return (preference, body);
            }
        }

        var first = template.Bodies.OrderBy(b => b.Key, StringComparer.Ordinal).First();
        return (first.Key, first.Value);
    }
}
