using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;

namespace Switchboard.Events.Webhooks;

/// <summary>
/// <c>POST …/deliveries/{deliveryId}/replay</c>: sends a delivery again, whatever became of it,
/// with a fresh retry window. Receivers dedupe on Switchboard-Event-Id.
/// </summary>
public static class ReplayWebhookDelivery
{
    public static async Task<Results<Accepted, NotFound, ProblemHttpResult>> HandleAsync(
        Guid id, Guid deliveryId, SwitchboardDbContext db, IOptions<WebhooksOptions> options, TimeProvider time, WebhookWakes wakes, CancellationToken ct)
    {
        var endpoint = await db.WebhookEndpoints().SingleOrDefaultAsync(e => e.Id == id, ct);
        var delivery = await db.WebhookDeliveries().SingleOrDefaultAsync(d => d.Id == deliveryId && d.EndpointId == id, ct);
        if (endpoint is null || delivery is null)
        {
            return TypedResults.NotFound();
        }

        if (endpoint.DisabledAt is not null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Endpoint disabled",
                detail: "This endpoint was disabled after failing; enable it (POST .../enable) before replaying deliveries.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        delivery.Status = WebhookDeliveryStatus.Pending;
        delivery.NextAttemptAt = now;
        delivery.RetryUntil = now + options.Value.RetryFor;
        delivery.LeaseUntil = null;
        await db.SaveChangesAsync(ct);
        wakes.Dispatch.Wake();
        return TypedResults.Accepted($"/api/v1/webhooks/endpoints/{id}/deliveries");
    }
}
