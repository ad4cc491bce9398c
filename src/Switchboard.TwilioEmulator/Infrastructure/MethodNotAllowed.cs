namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>Routing answers a known path with the wrong method by an empty 405; Twilio sends its error body (20004).</summary>
internal static class MethodNotAllowed
{
    public static void UseTwilioMethodNotAllowed(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed && !context.Response.HasStarted
                && context.Request.Path.StartsWithSegments("/2010-04-01", StringComparison.Ordinal))
            {
                await TwilioError.MethodNotAllowed(context.Request).ExecuteAsync(context);
            }
        });
}
