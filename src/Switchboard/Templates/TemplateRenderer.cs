using System.Text.RegularExpressions;

namespace Switchboard.Templates;

/// <summary>
/// Fills <c>{name}</c> placeholders. A placeholder with no value and no default is reported as
/// missing and the result must not be sent: a customer should never read "{first_name}".
/// </summary>
public static partial class TemplateRenderer
{
    public sealed record Result(string Text, IReadOnlyList<string> Missing)
    {
        public bool IsComplete => Missing.Count == 0;
    }

    /// <summary>The placeholder names in <paramref name="body"/>, in order of first appearance.</summary>
    public static IReadOnlyList<string> Placeholders(string body) =>
        Placeholder().Matches(body).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    public static Result Render(string body, IReadOnlyList<TemplateVariable> variables, IReadOnlyDictionary<string, string>? values)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(variables);
        var missing = new List<string>();
        var text = Placeholder().Replace(body, match =>
        {
            var name = match.Groups[1].Value;
            if (values is not null && values.TryGetValue(name, out var value) && value is not null)
            {
                return value;
            }

            var declared = variables.FirstOrDefault(v => v.Name == name);
            if (declared?.Default is { } fallback)
            {
                return fallback;
            }

            if (declared is { Required: false })
            {
                return string.Empty;
            }

            if (!missing.Contains(name))
            {
                missing.Add(name);
            }

            return match.Value;
        });
        return new Result(missing.Count == 0 ? CollapseSpaces(text) : text, missing);
    }

    // An optional variable left empty should not leave "Hello  ," behind.
    private static string CollapseSpaces(string text) => DoubleSpace().Replace(text, " ").Replace(" ,", ",", StringComparison.Ordinal);

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]{0,63})\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<=\S) {2,}(?=\S)")]
    private static partial Regex DoubleSpace();
}
