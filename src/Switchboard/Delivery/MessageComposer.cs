using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts;
using Switchboard.Data;
using Switchboard.Templates;
using Switchboard.Twilio.Messaging;

namespace Switchboard.Delivery;

/// <summary>
/// Turns a request into the text that will be sent: the custom body or the template's body in the
/// recipient's language, with every variable filled. Refuses what must not go out.
/// </summary>
public sealed class MessageComposer(SwitchboardDbContext db)
{
    public sealed record Composition(string Body, MessageTemplate? Template, string? Language, FieldProblem? Problem, IReadOnlyList<string> Missing);

    public async Task<Composition> ComposeAsync(OutboundRequest request, Contact? contact, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.TemplateId is { } templateId)
        {
            if (!string.IsNullOrEmpty(request.Body))
            {
                return Refused("body", "body_and_template", "Give either body or templateId, not both.");
            }

            var template = await db.MessageTemplates.SingleOrDefaultAsync(t => t.Id == templateId, ct);
            if (template is null)
            {
                return Refused("templateId", "template_not_found", $"There is no template {templateId}.");
            }

            var (language, body) = TemplateLanguage.Choose(template, request.Language, contact?.Language);
            return Finish(TemplateRenderer.Render(body, template.Variables, request.Variables), template, language, "variables");
        }

        if (string.IsNullOrWhiteSpace(request.Body))
        {
            return Refused("body", "missing_body", "A message needs a body or a templateId.");
        }

        // A custom body may use {placeholders} too; they must all be filled.
        return Finish(TemplateRenderer.Render(request.Body, [], request.Variables ?? new Dictionary<string, string>()), null, null, "body");
    }

    private static Composition Finish(TemplateRenderer.Result rendered, MessageTemplate? template, string? language, string field)
    {
        if (!rendered.IsComplete)
        {
            var names = string.Join(", ", rendered.Missing);
            return new(rendered.Text, template, language,
                new FieldProblem("variables", "missing_variables", $"Missing template variables: {names}. Nothing was sent."), rendered.Missing);
        }

        if (string.IsNullOrWhiteSpace(rendered.Text))
        {
            return new(rendered.Text, template, language, new FieldProblem(field, "missing_body", "The message body is empty."), []);
        }

        if (rendered.Text.Length > SegmentCalculator.MaxLength)
        {
            return new(rendered.Text, template, language, new FieldProblem(field == "variables" ? "variables" : "body", "body_too_long",
                $"The message is {rendered.Text.Length} characters; at most {SegmentCalculator.MaxLength} can be sent."), []);
        }

        return new(rendered.Text, template, language, null, []);
    }

    private static Composition Refused(string field, string code, string detail) => new("", null, null, new FieldProblem(field, code, detail), []);
}
