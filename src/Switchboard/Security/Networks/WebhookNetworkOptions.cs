using System.Net;
using Microsoft.Extensions.Options;

namespace Switchboard.Security.Networks;

/// <summary><c>Webhooks:AllowedNetworks</c>: CIDR ranges allowed to call the webhook paths; empty allows all.</summary>
public sealed class WebhookNetworkOptions
{
    public const string Section = "Webhooks";

    public List<string> AllowedNetworks { get; set; } = [];

    public IReadOnlyList<IPNetwork> Parsed() =>
        AllowedNetworks.Select(n => IPNetwork.Parse(n.Trim())).ToList();
}

internal sealed class WebhookNetworkOptionsValidator : IValidateOptions<WebhookNetworkOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookNetworkOptions options)
    {
        var invalid = options.AllowedNetworks.Where(n => !IPNetwork.TryParse(n?.Trim(), out _)).ToList();
        return invalid.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{WebhookNetworkOptions.Section}:AllowedNetworks holds entries that are not CIDR ranges (such as 10.0.0.0/8): {string.Join(", ", invalid)}.");
    }
}
