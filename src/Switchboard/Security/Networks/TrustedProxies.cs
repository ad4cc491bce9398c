using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Switchboard.Security.Networks;

/// <summary>
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c>
/// (CIDR ranges): the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto we believe.
/// Empty (the default) reads no forwarded header at all, so a client cannot pick the address that
/// rate limits, the audit log and the webhook allow-list see.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "ForwardedHeaders";

    public List<string> KnownProxies { get; set; } = [];

    public List<string> KnownNetworks { get; set; } = [];

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

internal sealed class TrustedProxyOptionsValidator : IValidateOptions<TrustedProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, TrustedProxyOptions options)
    {
        var failures = new List<string>();
        var proxies = options.KnownProxies.Where(p => !IPAddress.TryParse(p?.Trim(), out _)).ToList();
        if (proxies.Count > 0)
        {
            failures.Add($"{TrustedProxyOptions.Section}:KnownProxies holds entries that are not IP addresses: {string.Join(", ", proxies)}.");
        }

        var networks = options.KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n?.Trim(), out _)).ToList();
        if (networks.Count > 0)
        {
            failures.Add($"{TrustedProxyOptions.Section}:KnownNetworks holds entries that are not CIDR ranges (such as 10.0.0.0/8): {string.Join(", ", networks)}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustedProxyOptions>, TrustedProxyOptionsValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only what the operator listed is trusted here.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
            }

            foreach (var network in trusted.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
            }

            // Walk back through X-Forwarded-For while each hop is a trusted proxy, and no further.
            forwarded.ForwardLimit = null;
        });
        return services;
    }

    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
