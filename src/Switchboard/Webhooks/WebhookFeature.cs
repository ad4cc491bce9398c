using Microsoft.Extensions.Options;
using Switchboard.Twilio.Webhooks;
using Switchboard.TwilioAccount;

namespace Switchboard.Webhooks;

public static class WebhookFeature
{
    /// <summary>Signature checks for Twilio's webhooks, against the token of the number's owner.</summary>
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddTwilioSignatureValidation<NumberOwnerTokenResolver>();
        builder.Services.AddOptions<NumberOwnerCacheOptions>().BindConfiguration(NumberOwnerCacheOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<NumberOwnerCacheOptions>, NumberOwnerCacheOptionsValidator>();
        builder.Services.AddSingleton<NumberOwnerCache>();
        builder.Services.AddOptions<TwilioWebhookOptions>()
            .Configure<IOptions<TwilioAccountOptions>>((webhooks, account) => webhooks.PublicBaseUrl = account.Value.PublicBaseUrl);
        return builder;
    }

    /// <summary>
    /// The group Twilio's webhooks are mapped in: every request must carry a valid signature. They
    /// are not rate limited (Twilio does not retry a 429, so a limit would lose messages); saying so
    /// here also spares each request the limiter's partition lookups.
    /// </summary>
    public static RouteGroupBuilder MapTwilioWebhooks(this WebApplication app) =>
        app.MapGroup(string.Empty).RequireTwilioSignature().DisableRateLimiting().ExcludeFromDescription();

    /// <summary>True for a request to one of Twilio's webhooks, which the signature authenticates: no API key or session applies.</summary>
    public static bool IsTwilioWebhook(HttpContext context) =>
        (context ?? throw new ArgumentNullException(nameof(context))).Request.Path.StartsWithSegments(WebhookPaths.Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A GET on each webhook path answers 200 so that operators and load balancers can check that
    /// the URL they gave Twilio reaches this app. Twilio itself only POSTs.
    /// </summary>
    public static WebApplication MapWebhookHealth(this WebApplication app)
    {
        foreach (var path in WebhookPaths.All)
        {
            app.MapGet(path, () => TypedResults.Text("Switchboard webhook endpoint: Twilio POSTs here.", "text/plain"))
                .ExcludeFromDescription();
        }

        return app;
    }
}
