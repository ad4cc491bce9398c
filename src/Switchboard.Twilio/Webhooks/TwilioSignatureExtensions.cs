using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Switchboard.Twilio.Webhooks;

/// <summary>Wires Twilio signature checks into minimal API endpoints.</summary>
public static class TwilioSignatureExtensions
{
    /// <summary>
    /// Requires a valid <c>X-Twilio-Signature</c> on every request to the endpoint or group
    /// (see <see cref="TwilioSignatureFilter"/>).
    /// </summary>
    public static TBuilder RequireTwilioSignature<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, TwilioSignatureFilter>();

    /// <summary>Registers the resolver and options the signature filter needs.</summary>
    public static IServiceCollection AddTwilioSignatureValidation<TResolver>(
        this IServiceCollection services, Action<TwilioWebhookOptions>? configure = null)
        where TResolver : class, ITwilioAuthTokenResolver
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<ITwilioAuthTokenResolver, TResolver>();
        var options = services.AddOptions<TwilioWebhookOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services;
    }
}
