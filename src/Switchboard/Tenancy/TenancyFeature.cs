using Microsoft.AspNetCore.Authentication;
using Switchboard.Audit;

namespace Switchboard.Tenancy;

public static class TenancyFeature
{
    public const string AdminPolicy = "admin";

    public static WebApplicationBuilder AddTenancy(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Roles.Admin));
        return builder;
    }

    public static RouteGroupBuilder MapTenancy(this RouteGroupBuilder api)
    {
        api.MapGet("/organization", GetOrganization.HandleAsync)
            .WithName("GetOrganization")
            .WithSummary("The organisation the API key belongs to.");
        api.MapPatch("/organization", UpdateOrganization.HandleAsync)
            .RequireAuthorization(AdminPolicy)
            .WithName("UpdateOrganization")
            .Audited("settings.changed")
            .WithSummary("Changes the organisation's name, default country or HELP reply (admins).");
        return api;
    }
}
