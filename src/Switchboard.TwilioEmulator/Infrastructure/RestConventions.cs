namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>
/// What every Twilio REST answer carries regardless of resource: a <c>Twilio-Request-Id</c>
/// (<c>RQ…</c>), the <c>Twilio-Concurrent-Requests</c> count clients watch to stay under the
/// concurrency limit (FACTS 4.7). Unknown paths and wrong methods are <see cref="UnknownRoute"/>'s.
/// </summary>
internal static class RestConventions
{
    public static void UseTwilioRestConventions(this WebApplication app)
    {
        int[] concurrent = [0]; // per emulator instance
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/2010-04-01", StringComparison.Ordinal))
            {
                await next(context);
                return;
            }

            var inFlight = Interlocked.Increment(ref concurrent[0]);
            try
            {
                context.Response.Headers["Twilio-Request-Id"] = Sid.New("RQ");
                context.Response.Headers["Twilio-Concurrent-Requests"] = inFlight.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await next(context);
            }
            finally
            {
                Interlocked.Decrement(ref concurrent[0]);
            }
        });
    }
}
