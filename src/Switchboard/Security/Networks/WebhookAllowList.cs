using System.Net;
using Microsoft.Extensions.Options;
using Switchboard.Security.Limits;

namespace Switchboard.Security.Networks;

/// <summary>Refuses webhook calls from outside <c>Webhooks:AllowedNetworks</c> before the signature is even read.</summary>
public sealed class WebhookAllowList(RequestDelegate next, IOptions<WebhookNetworkOptions> options)
{
    private readonly IReadOnlyList<IPNetwork> networks = options.Value.Parsed();

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (networks.Count > 0
            && context.Request.Path.StartsWithSegments(RequestSizeLimits.WebhookPrefix, StringComparison.OrdinalIgnoreCase)
            && !Allowed(context.Connection.RemoteIpAddress))
        {
            await TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden",
                detail: "This address may not call the webhooks.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private bool Allowed(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        // Dual-stack sockets report IPv4 clients as ::ffff:a.b.c.d.
        var normalized = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(n => n.Contains(normalized));
    }
}
