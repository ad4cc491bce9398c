using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Events.Streaming;
using Switchboard.Events.Webhooks;

namespace Switchboard.Events;

public static class EventsFeature
{
    public static WebApplicationBuilder AddEvents(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EventsOptions>, EventsOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);

        builder.Services.AddSingleton<EventSignal>();
        builder.Services.AddSingleton<EventHub>();
        builder.Services.AddSingleton<EventCommitInterceptors>();
        builder.Services.ConfigureDbContext<SwitchboardDbContext>(
            (services, options) => options.AddInterceptors(services.GetRequiredService<EventCommitInterceptors>().All),
            ServiceLifetime.Singleton);
        builder.Services.AddHostedService<EventHubReader>();
        builder.Services.AddHostedService<EventHeartbeat>();
        builder.Services.AddHostedService<PostgresEventListener>();
        builder.Services.AddHostedService<EventPruner>();
        builder.AddOutboundWebhooks();
        return builder;
    }

    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        api.MapGet("/events", StreamEvents.Handle)
            .WithName("StreamEvents")
            .WithSummary("The organisation's events as server-sent events; resume with Last-Event-ID, filter with ?types=a,b.");
        api.MapOutboundWebhooks();
        return api;
    }
}
