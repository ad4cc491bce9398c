namespace Switchboard.Templates;

public sealed record TemplateResponse(
    Guid Id, string Name, TemplateCategory Category, string DefaultLanguage, IReadOnlyDictionary<string, string> Bodies,
    IReadOnlyList<TemplateVariable> Variables, int UsageCount, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static TemplateResponse Of(MessageTemplate t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Id, t.Name, t.Category, t.DefaultLanguage, t.Bodies, t.Variables, t.UsageCount, t.CreatedAt, t.UpdatedAt);
    }
}
