namespace Switchboard.Numbers;

public static class NumbersFeature
{
    public static WebApplicationBuilder AddNumbers(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ConnectNumber>();
        return builder;
    }

    public static RouteGroupBuilder MapNumbers(this RouteGroupBuilder api)
    {
        api.MapGet("/numbers", ListNumbers.HandleAsync)
            .WithName("ListNumbers")
            .WithSummary("The organisation's Twilio numbers.");
        return api;
    }
}
