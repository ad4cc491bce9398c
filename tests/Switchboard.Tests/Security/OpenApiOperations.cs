using System.Text.Json;
using System.Text.RegularExpressions;

namespace Switchboard.Tests.Security;

/// <summary>One operation of the app's OpenAPI document.</summary>
public sealed partial record OpenApiOperation(string Method, string Path, string? Id, bool HasBody)
{
    public string Key => $"{Method} {Path}";

    public bool HasPathParameters => Path.Contains('{', StringComparison.Ordinal);

    /// <summary>
    /// The path with organisation A's ids in it: the ids of the resource named by the segment before
    /// each parameter, or every id A has when the resource is unknown (a new endpoint).
    /// </summary>
    public IEnumerable<string> PathsWith(IReadOnlyDictionary<string, List<string>> idsByResource, IEnumerable<string> allIds)
    {
        ArgumentNullException.ThrowIfNull(idsByResource);
        if (!HasPathParameters)
        {
            yield return Path;
            yield break;
        }

        var segments = Path.Split('/');
        var candidates = new List<List<string>>();
        for (var i = 0; i < segments.Length; i++)
        {
            if (Parameter().IsMatch(segments[i]))
            {
                var resource = i > 0 ? segments[i - 1] : "";
                candidates.Add(idsByResource.TryGetValue(resource, out var ids) && ids.Count > 0
                    ? ids
                    : [.. allIds, Guid.NewGuid().ToString()]);
            }
        }

        var combinations = candidates.Max(c => c.Count);
        for (var n = 0; n < combinations; n++)
        {
            var parameter = 0;
            var filled = new List<string>();
            foreach (var segment in segments)
            {
                if (Parameter().IsMatch(segment))
                {
                    var ids = candidates[parameter++];
                    filled.Add(Uri.EscapeDataString(ids[n % ids.Count]));
                }
                else
                {
                    filled.Add(segment);
                }
            }

            yield return string.Join('/', filled);
        }
    }

    public HttpRequestMessage Request(string path, HttpContent? body) =>
        new(new HttpMethod(Method), path) { Content = body };

    [GeneratedRegex(@"^\{[^}]+\}$")]
    private static partial Regex Parameter();
}

public static class OpenApiOperations
{
    public static async Task<List<OpenApiOperation>> ReadAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var operations = new List<OpenApiOperation>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                operations.Add(new OpenApiOperation(
                    operation.Name.ToUpperInvariant(),
                    path.Name,
                    operation.Value.TryGetProperty("operationId", out var id) ? id.GetString() : null,
                    operation.Value.TryGetProperty("requestBody", out _)));
            }
        }

        return operations;
    }
}
