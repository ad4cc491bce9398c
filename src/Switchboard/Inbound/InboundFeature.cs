using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Switchboard.Inbound.Jobs;
using Switchboard.Inbound.Writes;
using Switchboard.Tenancy;
using Switchboard.Webhooks;
using Switchboard.Audit;

namespace Switchboard.Inbound;

public static class InboundFeature
{
    /// <summary>The inbound webhook's storage, the processing worker and its options.</summary>
    public static WebApplicationBuilder AddInbound(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<InboundOptions>().BindConfiguration(InboundOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<InboundOptions>, InboundOptionsValidator>();
        builder.Services.AddSingleton<InboundSignal>();
        builder.Services.AddOptions<InboundWriteOptions>().BindConfiguration(InboundWriteOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<InboundWriteOptions>, InboundWriteOptionsValidator>();
        builder.Services.AddSingleton<IInboundBatchStore, InboundBatchStore>();
        builder.Services.AddSingleton<InboundWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<InboundWriter>());
        builder.Services.AddScoped<InboundJobClaims>();
        builder.Services.AddScoped<InboundConsent>();
        builder.Services.AddScoped<ProcessInboundMessage>();
        builder.Services.AddScoped<InboundJobBatch>();
        // Stand-in until the outbound engine registers the outbox-backed replies.
        builder.Services.AddHostedService<InboundJobWorker>();
        return builder;
    }

    /// <summary><c>POST /webhooks/twilio/sms</c>, behind the signature filter.</summary>
    public static WebApplication MapInboundWebhooks(this WebApplication app)
    {
        // Buffer the body before the signature filter reads the form, so the handler can store
        // the raw text exactly as Twilio sent it.
        app.UseWhen(
            context => HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(WebhookPaths.Sms, StringComparison.Ordinal),
            branch => branch.Use((context, next) =>
            {
                context.Request.EnableBuffering();
                return next(context);
            }));
        app.MapTwilioWebhooks().MapPost(WebhookPaths.Sms, ReceiveInboundSms.HandleAsync).WithName("ReceiveInboundSms");
        return app;
    }

    /// <summary>The operator's view of the inbound queue.</summary>
    public static RouteGroupBuilder MapInboundJobs(this RouteGroupBuilder api)
    {
        api.MapGet("/inbound/jobs", ListInboundJobs.HandleAsync)
            .WithName("ListInboundJobs")
            .WithSummary("Inbound processing jobs, newest first; filter state = pending, parked or done; paged.");
        api.MapPost("/inbound/jobs/{id:guid}/replay", ReplayInboundJob.HandleAsync)
            .RequireAuthorization(TenancyFeature.AdminPolicy)
            .WithName("ReplayInboundJob").Audited("inbound_job.replayed")
            .WithSummary("Gives a parked job a fresh set of attempts.");
        return api;
    }
}
