namespace Switchboard.Webhooks;

public static class WebhookFeature
{
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
