using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Delivery;

namespace Switchboard.Templates;

/// <summary>Creates a template, or replaces one whole (PUT).</summary>
public static class SaveTemplate
{
    public static async Task<Results<Created<TemplateResponse>, ProblemHttpResult>> CreateAsync(
        TemplateRequest request, SwitchboardDbContext db, TemplateCatalog catalog, CancellationToken ct)
    {
        await catalog.EnsureSeededAsync(ct);
        var template = new MessageTemplate { Name = "" };
        if (request.ApplyTo(template) is { } problem)
        {
            return problem.ToResult();
        }

        if (await NameTakenAsync(db, template.Name, null, ct))
        {
            return NameTaken(template.Name);
        }

        db.MessageTemplates.Add(template);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/templates/{template.Id}", TemplateResponse.Of(template));
    }

    public static async Task<Results<Ok<TemplateResponse>, NotFound, ProblemHttpResult>> ReplaceAsync(
        Guid id, TemplateRequest request, SwitchboardDbContext db, CancellationToken ct)
    {
        var template = await db.MessageTemplates.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (template is null)
        {
            return TypedResults.NotFound();
        }

        if (request.ApplyTo(template) is { } problem)
        {
            return problem.ToResult();
        }

        if (await NameTakenAsync(db, template.Name, id, ct))
        {
            return NameTaken(template.Name);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TemplateResponse.Of(template));
    }

    internal static Task<bool> NameTakenAsync(SwitchboardDbContext db, string name, Guid? except, CancellationToken ct) =>
        db.MessageTemplates.AnyAsync(t => t.Name == name && t.Id != except, ct);

    private static ProblemHttpResult NameTaken(string name) =>
        new FieldProblem("name", "duplicate_name", $"A template named '{name}' already exists.", StatusCodes.Status409Conflict).ToResult();
}
