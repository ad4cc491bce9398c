using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Templates;

/// <summary>Copies a template under a new name ("… (copy)", "… (copy 2)"), with its usage count at zero.</summary>
public static class DuplicateTemplate
{
    public static async Task<Results<Created<TemplateResponse>, NotFound>> HandleAsync(Guid id, SwitchboardDbContext db, CancellationToken ct)
    {
        var source = await db.MessageTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (source is null)
        {
            return TypedResults.NotFound();
        }

        var name = $"{source.Name} (copy)";
        for (var n = 2; await SaveTemplate.NameTakenAsync(db, name, null, ct); n++)
        {
            name = $"{source.Name} (copy {n})";
        }

        var copy = new MessageTemplate
        {
            Name = name, Category = source.Category, DefaultLanguage = source.DefaultLanguage,
            Bodies = new(source.Bodies), Variables = [.. source.Variables],
        };
        db.MessageTemplates.Add(copy);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/templates/{copy.Id}", TemplateResponse.Of(copy));
    }
}
