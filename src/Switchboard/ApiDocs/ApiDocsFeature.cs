namespace Switchboard.ApiDocs;

public static class ApiDocsFeature
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePath = "docs";

    public static WebApplicationBuilder AddApiDocs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Switchboard API";
            document.Info.Description = "Business text messaging and calls on Twilio. Authenticate with `Authorization: Bearer <api key>`.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        // Only requests for the page meet its middleware, not every API call and webhook.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/" + PagePath, StringComparison.OrdinalIgnoreCase), page => page.UseSwaggerUI(options =>
        {
            options.RoutePrefix = PagePath;
            options.SwaggerEndpoint(DocumentPath, "Switchboard API v1");
            options.DocumentTitle = "Switchboard API";
        }));
        return app;
    }
}
