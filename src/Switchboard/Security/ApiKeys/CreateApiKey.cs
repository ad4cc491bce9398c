using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Security.ApiKeys;

/// <summary><c>POST /api/v1/api-keys</c>: a new key for the caller's organisation, shown in this answer only.</summary>
public static class CreateApiKey
{
    public const int MaxNameLength = 100;

    public sealed record Request(string? Name, string? Role);

    /// <summary>The one answer that carries the key: only its hash is kept, so it cannot be shown again.</summary>
    public sealed record Response(Guid Id, string Name, string Prefix, ApiKeyRole Role, DateTime CreatedAt, string Key);

    public static async Task<Results<Created<Response>, ValidationProblem>> HandleAsync(
        Request request, SwitchboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            errors["name"] = [$"A name of 1 to {MaxNameLength} characters is required."];
        }

        ApiKeyRole role = ApiKeyRole.Agent;
        if (request.Role is not null && !Enum.TryParse(request.Role, ignoreCase: true, out role))
        {
            errors["role"] = ["role must be \"admin\" or \"agent\"."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var generated = ApiKeyHasher.Generate();
        var key = new ApiKey
        {
            Name = name!, Prefix = generated.Prefix, Hash = generated.Hash, Role = role, CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created(
            $"/api/v1/api-keys/{key.Id}",
            new Response(key.Id, key.Name, key.Prefix, key.Role, key.CreatedAt, generated.Key));
    }
}
