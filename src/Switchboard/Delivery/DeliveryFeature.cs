using Microsoft.Extensions.Options;
using Switchboard.Messaging;
using Switchboard.Tenancy;
using Switchboard.Webhooks;
using Switchboard.Audit;

namespace Switchboard.Delivery;

public static class DeliveryFeature
{
    public static WebApplicationBuilder AddDelivery(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SenderPacer>();
        services.AddSingleton<StatusCallbackUrl>();
        services.AddScoped<OutboundMessages>();
        services.AddScoped<Inbound.IOutboundReplies, OutboxReplies>();
        services.AddScoped<MessageComposer>();
        services.AddScoped<SenderSelector>();
        services.AddScoped<OutboxClaimer>();
        services.AddScoped<SendPreparation>();
        services.AddScoped<MessageDeliverer>();
        services.AddScoped<DeliveryOutcomes>();
        services.AddScoped<TwilioMessageLookup>();
        services.AddSingleton<SendResultWriter>();
        services.AddHostedService(s => s.GetRequiredService<SendResultWriter>());
        services.AddHostedService<OutboxDispatcher>();
        services.AddSingleton<StatusCallbackWriter>();
        services.AddHostedService(s => s.GetRequiredService<StatusCallbackWriter>());
        services.AddSingleton<StuckMessageReconciler>();
        services.AddHostedService(s => s.GetRequiredService<StuckMessageReconciler>());
        return builder;
    }

    public static RouteGroupBuilder MapDelivery(this RouteGroupBuilder api)
    {
        var messages = api.MapGroup("/messages").WithTags("Messages");
        messages.MapPost("/", SendMessage.HandleAsync).WithName("SendMessage").Audited("message.sent").WithSummary("Queues a message (body or template); 202 with the message.");
        messages.MapGet("/{id:guid}", GetMessage.HandleAsync).WithName("GetMessage").WithSummary("A message with its attempts and status history.");
        messages.MapPost("/preview", PreviewMessage.PostAsync).WithName("PreviewMessage").WithSummary("What a send would produce: body, encoding, segments, cost.");
        messages.MapGet("/preview", PreviewMessage.GetAsync).WithName("PreviewMessageByQuery");

        var delivery = api.MapGroup("/delivery").WithTags("Delivery");
        delivery.MapGet("/stats", GetDeliveryStats.HandleAsync).WithName("GetDeliveryStats");
        delivery.MapGet("/dead-letters", DeadLetterEndpoints.ListAsync).WithName("ListDeadLetters");
        delivery.MapPost("/dead-letters/{id:guid}/resend", DeadLetterEndpoints.ResendAsync).WithName("ResendDeadLetter").RequireAuthorization(TenancyFeature.AdminPolicy).Audited("message.resent");
        delivery.MapGet("/verified-numbers", VerifiedNumberEndpoints.ListAsync).WithName("ListVerifiedNumbers");
        delivery.MapPost("/verified-numbers", VerifiedNumberEndpoints.AddAsync).WithName("AddVerifiedNumber").RequireAuthorization(TenancyFeature.AdminPolicy).Audited("verified_number.added");
        delivery.MapDelete("/verified-numbers/{phone}", VerifiedNumberEndpoints.RemoveAsync).WithName("RemoveVerifiedNumber").RequireAuthorization(TenancyFeature.AdminPolicy).Audited("verified_number.removed");
        return api;
    }

    /// <summary>The status callback, in the signature-checked webhook group.</summary>
    public static WebApplication MapDeliveryWebhooks(this WebApplication app)
    {
        app.MapTwilioWebhooks().MapPost(WebhookPaths.SmsStatus, ReceiveStatusCallback.HandleAsync).DisableAntiforgery();
        return app;
    }
}
