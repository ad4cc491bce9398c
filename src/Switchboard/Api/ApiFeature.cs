using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.Api;

public static class ApiFeature
{
    public const string Prefix = "/api/v1";

    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        // Enums travel as words, in the same form as Twilio's status words ("partially_delivered").
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
        return builder;
    }

    /// <summary>The versioned REST API: JSON, API-key authenticated, problem details on errors.</summary>
    public static RouteGroupBuilder MapApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app.MapGroup(Prefix).RequireAuthorization().WithTags("Switchboard API");
    }
}
