using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TwilioClientOptions>, TwilioClientOptionsValidator>());

        // Our per-attempt timeout governs; HttpClient's own 100 s default would only get in the way.
        services.AddHttpClient(TwilioClientOptions.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITwilioClientFactory, TwilioClientFactory>();
        return services;
    }
}

/// <summary>Checks the settings at start, with messages that name the setting.</summary>
internal sealed class TwilioClientOptionsValidator : IValidateOptions<TwilioClientOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioClientOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
