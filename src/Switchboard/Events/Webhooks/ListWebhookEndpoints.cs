using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Events.Webhooks;

public static class ListWebhookEndpoints
{
    public static async Task<Ok<List<WebhookEndpointResponse>>> HandleAsync(SwitchboardDbContext db, CancellationToken ct)
    {
        var endpoints = await db.WebhookEndpoints().AsNoTracking().OrderBy(e => e.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(endpoints.Select(e => WebhookEndpointResponse.From(e)).ToList());
    }
}
