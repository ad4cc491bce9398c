using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Security.ApiKeys;

/// <summary>
/// <c>DELETE /api/v1/api-keys/{id}</c>: revokes rather than deletes, so the list and the audit
/// log keep saying which key did what. Revoking twice is harmless.
/// </summary>
public static class RevokeApiKey
{
    public static async Task<Results<Ok<ApiKeyResponse>, NotFound>> HandleAsync(
        Guid id, SwitchboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return TypedResults.NotFound();
        }

        key.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ApiKeyResponse.From(key));
    }
}
