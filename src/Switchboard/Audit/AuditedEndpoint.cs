using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Switchboard.Audit;

/// <summary>
/// <c>.Audited("template.created")</c> on an endpoint: after a successful answer, one audit entry
/// naming the resource (its id from the answer, else from the route) and a few non-secret fields.
/// </summary>
public static class AuditedEndpoint
{
    // Only these fields of an answer are copied into the log: never keys, secrets or bodies.
    private static readonly string[] DetailFields = ["name", "role", "prefix", "to", "from", "url", "phone", "status"];

    public static TBuilder Audited<TBuilder>(this TBuilder builder, string action)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var result = await next(invocation);
            if (Succeeded(result))
            {
                var log = invocation.HttpContext.RequestServices.GetRequiredService<AuditLog>();
                var (target, detail) = Describe(result, invocation.HttpContext);
                log.Record(action, target, detail);
                await log.SaveAsync(invocation.HttpContext.RequestAborted);
            }

            return result;
        });

    private static bool Succeeded(object? result) =>
        result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } || (result is INestedHttpResult nested && Succeeded(nested.Result));

    private static (string? Target, Dictionary<string, string>? Detail) Describe(object? result, HttpContext context)
    {
        var routeId = context.Request.RouteValues.TryGetValue("id", out var id) ? id?.ToString()
            : context.Request.RouteValues.TryGetValue("phone", out var phone) ? phone?.ToString() : null;
        var value = Unwrap(result);
        if (value is null)
        {
            return (routeId, null);
        }

        var json = JsonSerializer.SerializeToElement(value, value.GetType(), JsonSerializerOptions.Web);
        if (json.ValueKind != JsonValueKind.Object)
        {
            return (routeId, null);
        }

        var detail = DetailFields
            .Where(f => json.TryGetProperty(f, out var p) && p.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            .ToDictionary(f => f, f => json.GetProperty(f).ToString(), StringComparer.Ordinal);
        var target = json.TryGetProperty("id", out var answerId) ? answerId.ToString() : routeId;
        return (target, detail.Count == 0 ? null : detail);
    }

    private static object? Unwrap(object? result) => result switch
    {
        INestedHttpResult nested => Unwrap(nested.Result),
        IValueHttpResult valued => valued.Value,
        _ => null,
    };
}
