using Microsoft.Extensions.Options;
using Switchboard.Security.ApiKeys;
using Switchboard.Security.DataProtection;
using Switchboard.Security.Headers;
using Switchboard.Security.Limits;
using Switchboard.Security.Networks;
using Switchboard.Security.RateLimits;
using Switchboard.Tenancy;
using Switchboard.Audit;

namespace Switchboard.Security;

public static class SecurityFeature
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.AddDataProtectionKeyRing();
        var services = builder.Services;
        services.AddApiRateLimits();
        services.AddTrustedProxies();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RequestLimitsOptions>, RequestLimitsOptionsValidator>();
        services.AddOptions<WebhookNetworkOptions>().BindConfiguration(WebhookNetworkOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookNetworkOptions>, WebhookNetworkOptionsValidator>();
        return builder;
    }

    /// <summary>
    /// Runs first: headers on every answer, then who may call, how much, and how often, and only
    /// then authentication, so that floods of bad keys are limited before they cost a lookup.
    /// </summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        // First of all, so that every later step sees the real client behind a trusted proxy.
        app.UseTrustedProxies();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<WebhookAllowList>();
        app.UseMiddleware<RequestSizeLimits>();
        app.UseRateLimiter();
        // Called explicitly so that WebApplication does not put them before the limiter.
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static RouteGroupBuilder MapSecurity(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/api-keys").RequireAuthorization(TenancyFeature.AdminPolicy).WithTags("API keys");
        keys.MapPost("/", CreateApiKey.HandleAsync).WithName("CreateApiKey").Audited("api_key.created").WithSummary("A new API key; the key is in this answer only.");
        keys.MapGet("/", ListApiKeys.HandleAsync).WithName("ListApiKeys");
        keys.MapDelete("/{id:guid}", RevokeApiKey.HandleAsync).WithName("RevokeApiKey").Audited("api_key.revoked");
        return api;
    }
}
