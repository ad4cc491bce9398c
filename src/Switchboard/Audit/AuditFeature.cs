using Switchboard.Tenancy;

namespace Switchboard.Audit;

public static class AuditFeature
{
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AuditLog>();
        return builder;
    }

    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", ListAuditEntries.HandleAsync)
            .RequireAuthorization(TenancyFeature.AdminPolicy)
            .WithTags("Audit")
            .WithName("ListAuditEntries")
            .WithSummary("Who did what: key changes, sends, settings and webhook changes, failed sign-ins; newest first, paged.");
        return api;
    }
}
