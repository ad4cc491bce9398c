using System.Security.Claims;
using System.Text.Json;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Audit;

/// <summary>Adds audit entries for the current request; they are saved with the caller's next SaveChanges.</summary>
public sealed class AuditLog(SwitchboardDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public void Record(string action, string? target, object? detail = null)
    {
        var context = http.HttpContext;
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            Actor = ActorOf(context?.User),
            Action = action,
            Target = target,
            Detail = detail is null ? null : JsonSerializer.Serialize(detail, JsonSerializerOptions.Web),
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
            At = time.GetUtcNow().UtcDateTime,
        });
    }

    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    public static string ActorOf(ClaimsPrincipal? user) =>
        user?.FindFirst(ApiKeyAuthenticationHandler.KeyClaim)?.Value is { } prefix
            ? "key:" + prefix
            : user?.Identity?.Name ?? "system";
}
