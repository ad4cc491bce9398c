namespace Switchboard.Logging;

public static class LoggingFeature
{
    /// <summary>
    /// Structured logs: single-line console output by default, JSON when <c>Logging:Format</c> is
    /// <c>json</c> (for log shippers). Secrets are never passed to a logger in the first place.
    /// </summary>
    public static WebApplicationBuilder AddSwitchboardLogging(this WebApplicationBuilder builder)
    {
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                options.UseUtcTimestamp = true;
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
            });
        }

        return builder;
    }
}
