using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Security.ApiKeys;

/// <summary><c>GET /api/v1/api-keys</c>: the organisation's keys, revoked ones included, newest first.</summary>
public static class ListApiKeys
{
    public static async Task<Ok<List<ApiKeyResponse>>> HandleAsync(SwitchboardDbContext db, CancellationToken ct)
    {
        var keys = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).ToListAsync(ct);
        return TypedResults.Ok(keys.Select(ApiKeyResponse.From).ToList());
    }
}
