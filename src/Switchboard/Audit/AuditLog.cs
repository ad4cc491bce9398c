using System.Security.Claims;
using System.Text.Json;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Audit;

/// <summary>Adds audit entries for the current request; they are saved with the caller's next SaveChanges.</summary>
public sealed class AuditLog(SwitchboardDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    /// <param name="actor">Who acted, when it is not the request's caller (e.g. someone signing in).</param>
    public void Record(string action, string? target, object? detail = null, string? actor = null)
    {
        var context = http.HttpContext;
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            Actor = actor ?? ActorOf(context?.User),
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
            : user?.FindFirst(Users.UserSession.UserClaim) is not null && user.Identity?.Name is { } email
                ? UserActor(email)
                : user?.Identity?.Name ?? "system";

    /// <summary>"user:alice@example.com": a signed-in person, by the email they sign in with.</summary>
    public static string UserActor(string email) => "user:" + email;
}
