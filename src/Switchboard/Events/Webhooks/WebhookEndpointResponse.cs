namespace Switchboard.Events.Webhooks;

/// <summary>An endpoint as the API shows it: never with its secret, except once at creation.</summary>
public sealed record WebhookEndpointResponse(
    Guid Id, string Url, IReadOnlyList<string> EventTypes, string? Description, DateTime CreatedAt,
    DateTime? FailingSince, DateTime? DisabledAt, string? Secret = null)
{
    public static WebhookEndpointResponse From(WebhookEndpoint endpoint, string? secret = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new(endpoint.Id, endpoint.Url, endpoint.EventTypeList, endpoint.Description, endpoint.CreatedAt,
            endpoint.FailingSince, endpoint.DisabledAt, secret);
    }
}
