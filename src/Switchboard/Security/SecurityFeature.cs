using Switchboard.Security.ApiKeys;
using Switchboard.Tenancy;

namespace Switchboard.Security;

public static class SecurityFeature
{
    public static RouteGroupBuilder MapSecurity(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/api-keys").RequireAuthorization(TenancyFeature.AdminPolicy).WithTags("API keys");
        keys.MapPost("/", CreateApiKey.HandleAsync).WithName("CreateApiKey").WithSummary("A new API key; the key is in this answer only.");
        keys.MapGet("/", ListApiKeys.HandleAsync).WithName("ListApiKeys");
        keys.MapDelete("/{id:guid}", RevokeApiKey.HandleAsync).WithName("RevokeApiKey");
        return api;
    }
}
