using Switchboard.Tenancy;
using Switchboard.Audit;

namespace Switchboard.Templates;

public static class TemplatesFeature
{
    public static WebApplicationBuilder AddTemplates(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TemplateCatalog>();
        return builder;
    }

    public static RouteGroupBuilder MapTemplates(this RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/templates").WithTags("Templates");
        templates.MapGet("/", TemplateEndpoints.ListAsync).WithName("ListTemplates").WithSummary("The organisation's templates (a starter set the first time).");
        templates.MapGet("/{id:guid}", TemplateEndpoints.GetAsync).WithName("GetTemplate");
        templates.MapPost("/", SaveTemplate.CreateAsync).WithName("CreateTemplate").RequireAuthorization(TenancyFeature.AdminPolicy).Audited("template.created");
        templates.MapPut("/{id:guid}", SaveTemplate.ReplaceAsync).WithName("ReplaceTemplate").RequireAuthorization(TenancyFeature.AdminPolicy).Audited("template.replaced");
        templates.MapDelete("/{id:guid}", TemplateEndpoints.DeleteAsync).WithName("DeleteTemplate").RequireAuthorization(TenancyFeature.AdminPolicy).Audited("template.deleted");
        templates.MapPost("/{id:guid}/duplicate", DuplicateTemplate.HandleAsync).WithName("DuplicateTemplate").RequireAuthorization(TenancyFeature.AdminPolicy).Audited("template.created");
        return api;
    }
}
