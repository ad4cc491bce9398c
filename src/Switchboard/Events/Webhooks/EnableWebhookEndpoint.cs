using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Events.Webhooks;

/// <summary>
/// Turns a disabled endpoint back on (once its owner has fixed it): new events are delivered again,
/// and the deliveries that failed while it was down can be replayed one by one. Events raised while
/// it was disabled were not queued for it.
/// </summary>
public static class EnableWebhookEndpoint
{
    public static async Task<Results<Ok<WebhookEndpointResponse>, NotFound>> HandleAsync(Guid id, SwitchboardDbContext db, CancellationToken ct)
    {
        var endpoint = await db.WebhookEndpoints().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (endpoint is null)
        {
            return TypedResults.NotFound();
        }

        endpoint.DisabledAt = null;
        endpoint.FailingSince = null;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(WebhookEndpointResponse.From(endpoint));
    }
}
