using Microsoft.AspNetCore.Authentication;
using Switchboard.Audit;
using Switchboard.Users;
using Switchboard.Webhooks;

namespace Switchboard.Tenancy;

public static class TenancyFeature
{
    public const string AdminPolicy = "admin";

    /// <summary>
    /// The default scheme: an API key when a bearer header is sent, otherwise the session cookie.
    /// Twilio's webhooks are authenticated by their signature alone: a bearer header on one is not
    /// looked up in the key store (it would cost a query per webhook and prove nothing).
    /// </summary>
    public const string CallerScheme = "Caller";

    public static WebApplicationBuilder AddTenancy(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, "API key or session cookie", policy => policy.ForwardDefaultSelector = context =>
                !WebhookFeature.IsTwilioWebhook(context)
                && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : UserSession.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Roles.Admin));
        return builder;
    }

    public static RouteGroupBuilder MapTenancy(this RouteGroupBuilder api)
    {
        api.MapGet("/organization", GetOrganization.HandleAsync)
            .WithName("GetOrganization")
            .WithSummary("The organisation of the caller (API key or signed-in user).");
        api.MapPatch("/organization", UpdateOrganization.HandleAsync)
            .RequireAuthorization(AdminPolicy)
            .WithName("UpdateOrganization")
            .Audited("settings.changed")
            .WithSummary("Changes the organisation's name, default country or HELP reply (admins).");
        return api;
    }
}
