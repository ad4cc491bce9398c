using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Events.Webhooks;

/// <summary>Removes an endpoint with its delivery log; pending deliveries to it stop.</summary>
public static class DeleteWebhookEndpoint
{
    public static async Task<Results<NoContent, NotFound>> HandleAsync(Guid id, SwitchboardDbContext db, CancellationToken ct)
    {
        var deleted = await db.WebhookEndpoints().Where(e => e.Id == id).ExecuteDeleteAsync(ct);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }
}
