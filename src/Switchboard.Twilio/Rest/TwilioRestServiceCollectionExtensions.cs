using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Switchboard.Twilio.Rest;

public static class TwilioRestServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ITwilioClientFactory"/> and the HTTP client it uses.</summary>
    public static IServiceCollection AddTwilioRestClient(this IServiceCollection services, Action<TwilioClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<TwilioClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(
            o =>
            {
                try
                {
                    o.Validate();
                    return true;
                }
                catch (ArgumentException)
                {
                    return false;
                }
            },
            $"{nameof(TwilioClientOptions)}: {nameof(TwilioClientOptions.BaseUrl)} must be absolute, {nameof(TwilioClientOptions.RequestTimeout)} positive, and the retry settings not negative.");

        // Our per-attempt timeout governs; HttpClient's own 100 s default would only get in the way.
        services.AddHttpClient(TwilioClientOptions.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITwilioClientFactory, TwilioClientFactory>();
        return services;
    }
}
