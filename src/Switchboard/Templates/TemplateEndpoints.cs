using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Templates;

/// <summary>List, read and delete; creating, replacing and duplicating are in their own files.</summary>
public static class TemplateEndpoints
{
    public static async Task<Ok<List<TemplateResponse>>> ListAsync(SwitchboardDbContext db, TemplateCatalog catalog, CancellationToken ct)
    {
        await catalog.EnsureSeededAsync(ct);
        var templates = await db.MessageTemplates.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        return TypedResults.Ok(templates.Select(TemplateResponse.Of).ToList());
    }

    public static async Task<Results<Ok<TemplateResponse>, NotFound>> GetAsync(Guid id, SwitchboardDbContext db, TemplateCatalog catalog, CancellationToken ct)
    {
        await catalog.EnsureSeededAsync(ct);
        var template = await db.MessageTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        return template is null ? TypedResults.NotFound() : TypedResults.Ok(TemplateResponse.Of(template));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, SwitchboardDbContext db, CancellationToken ct)
    {
        var deleted = await db.MessageTemplates.Where(t => t.Id == id).ExecuteDeleteAsync(ct);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }
}
