using Microsoft.Extensions.Options;
using Switchboard.Tenancy;
using Switchboard.Audit;

namespace Switchboard.Events.Webhooks;

public static class WebhooksFeature
{
    public static WebApplicationBuilder AddOutboundWebhooks(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WebhooksOptions>().BindConfiguration(WebhooksOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WebhooksOptions>, WebhooksOptionsValidator>();
        builder.Services.AddSingleton<WebhookSecrets>();
        // Receivers are other people's servers: no automatic redirects to wherever they point.
        builder.Services.AddHttpClient(WebhookAttempt.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.Services.AddScoped<WebhookAttempt>();
        builder.Services.AddSingleton<WebhookWakes>();
        builder.Services.AddHostedService<WebhookFanOut>();
        builder.Services.AddHostedService<WebhookDispatcher>();
        return builder;
    }

    /// <summary>Admin-only: endpoints carry secrets and receive every chosen event of the organisation.</summary>
    public static RouteGroupBuilder MapOutboundWebhooks(this RouteGroupBuilder api)
    {
        var endpoints = api.MapGroup("/webhooks/endpoints").RequireAuthorization(TenancyFeature.AdminPolicy).WithTags("Webhooks");
        endpoints.MapPost("/", CreateWebhookEndpoint.HandleAsync).WithName("CreateWebhookEndpoint").Audited("webhook_endpoint.created")
            .WithSummary("Registers an endpoint for chosen event types; the answer shows its signing secret, once.");
        endpoints.MapGet("/", ListWebhookEndpoints.HandleAsync).WithName("ListWebhookEndpoints");
        endpoints.MapDelete("/{id:guid}", DeleteWebhookEndpoint.HandleAsync).WithName("DeleteWebhookEndpoint").Audited("webhook_endpoint.deleted");
        endpoints.MapPost("/{id:guid}/enable", EnableWebhookEndpoint.HandleAsync).WithName("EnableWebhookEndpoint").Audited("webhook_endpoint.enabled")
            .WithSummary("Turns a disabled endpoint back on.");
        endpoints.MapGet("/{id:guid}/deliveries", ListWebhookDeliveries.HandleAsync).WithName("ListWebhookDeliveries")
            .WithSummary("The endpoint's delivery log, newest first.");
        endpoints.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/replay", ReplayWebhookDelivery.HandleAsync).WithName("ReplayWebhookDelivery").Audited("webhook_delivery.replayed")
            .WithSummary("Sends a delivery again.");
        return api;
    }
}
