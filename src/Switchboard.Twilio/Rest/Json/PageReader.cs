using System.Text.Json;

namespace Switchboard.Twilio.Rest;

/// <summary>Reads a list answer, whose items sit under a key named for the resource (<c>messages</c>, <c>calls</c>, …).</summary>
internal static class PageReader
{
    public static Page<T> Read<T>(JsonElement root, string itemsKey)
    {
        var items = root.TryGetProperty(itemsKey, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.Deserialize<List<T>>(TwilioJson.Options) ?? []
            : throw new JsonException($"The list answer has no '{itemsKey}' array.");

        return new Page<T>
        {
            Items = items,
            Uri = String(root, "uri"),
            FirstPageUri = String(root, "first_page_uri"),
            NextPageUri = String(root, "next_page_uri"),
            PreviousPageUri = String(root, "previous_page_uri"),
            PageNumber = Int(root, "page"),
            PageSize = Int(root, "page_size"),
            Start = Int(root, "start"),
            End = Int(root, "end"),
        };
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.Deserialize<int?>(TwilioJson.Options) : null;
}
