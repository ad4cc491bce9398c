using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Events.Webhooks;

/// <summary><c>GET /api/v1/webhooks/endpoints/{id}/deliveries</c>: the endpoint's delivery log, newest first.</summary>
public static class ListWebhookDeliveries
{
    public sealed record Item(
        Guid Id, long EventId, string EventType, WebhookDeliveryStatus Status, int Attempts, DateTime CreatedAt,
        DateTime? LastAttemptAt, int? LastStatusCode, string? LastError, DateTime? NextAttemptAt, DateTime? DeliveredAt);

    public static async Task<Results<Ok<List<Item>>, NotFound>> HandleAsync(
        Guid id, SwitchboardDbContext db, int? limit, CancellationToken ct)
    {
        if (!await db.WebhookEndpoints().AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var take = Math.Clamp(limit ?? 100, 1, 500);
        var deliveries = await db.WebhookDeliveries().AsNoTracking()
            .Where(d => d.EndpointId == id)
            .OrderByDescending(d => d.EventId).Take(take)
            .Select(d => new Item(
                d.Id, d.EventId, d.EventType, d.Status, d.Attempts, d.CreatedAt, d.LastAttemptAt, d.LastStatusCode, d.LastError,
                d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null, d.DeliveredAt))
            .ToListAsync(ct);
        return TypedResults.Ok(deliveries);
    }
}
