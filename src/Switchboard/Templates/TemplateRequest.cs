using Switchboard.Delivery;
using Switchboard.Twilio.Messaging;

namespace Switchboard.Templates;

/// <summary>What a client writes to create or replace a template.</summary>
public sealed record TemplateRequest(
    string? Name, TemplateCategory? Category, string? DefaultLanguage, Dictionary<string, string>? Bodies, List<TemplateVariable>? Variables)
{
    /// <summary>Checks the request and copies it onto <paramref name="template"/>; null when valid.</summary>
    public FieldProblem? ApplyTo(MessageTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100)
        {
            return new("name", "invalid_name", "A template needs a name of 1 to 100 characters.");
        }

        if (Bodies is null || Bodies.Count == 0 || Bodies.Values.Any(string.IsNullOrWhiteSpace))
        {
            return new("bodies", "missing_body", "A template needs at least one non-empty body, keyed by language (\"en\", \"fr\").");
        }

        var bodies = Bodies.ToDictionary(b => TemplateLanguage.Normalize(b.Key) ?? "", b => b.Value, StringComparer.Ordinal);
        if (bodies.Keys.Any(k => k.Length != 2) || bodies.Count != Bodies.Count)
        {
            return new("bodies", "invalid_language", "Body languages must be distinct two-letter codes such as \"en\" or \"fr\".");
        }

        if (bodies.Values.FirstOrDefault(b => b.Length > SegmentCalculator.MaxLength) is not null)
        {
            return new("bodies", "body_too_long", $"A body may hold at most {SegmentCalculator.MaxLength} characters.");
        }

        var language = TemplateLanguage.Normalize(DefaultLanguage) ?? (bodies.ContainsKey("en") ? "en" : bodies.Keys.Order(StringComparer.Ordinal).First());
        if (!bodies.ContainsKey(language))
        {
            return new("defaultLanguage", "invalid_language", $"There is no body in the default language '{language}'.");
        }

        var variables = Variables ?? [];
        if (variables.Any(v => string.IsNullOrWhiteSpace(v.Name) || TemplateRenderer.Placeholders($"{{{v.Name}}}").Count != 1))
        {
            return new("variables", "invalid_variable", "Variable names are letters, digits and underscores, starting with a letter.");
        }

        // Placeholders used in a body but not declared are required variables.
        var declared = variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var implicitOnes = bodies.Values.SelectMany(TemplateRenderer.Placeholders).Distinct(StringComparer.Ordinal)
            .Where(n => !declared.Contains(n)).Select(n => new TemplateVariable(n));

        template.Name = Name.Trim();
        template.Category = Category ?? TemplateCategory.Other;
        template.DefaultLanguage = language;
        template.Bodies = bodies;
        template.Variables = [.. variables, .. implicitOnes];
        template.UpdatedAt = DateTime.UtcNow;
        return null;
    }
}
