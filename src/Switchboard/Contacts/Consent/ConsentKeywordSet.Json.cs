using System.Text.Json;

namespace Switchboard.Contacts.Consent;

public sealed partial record ConsentKeywordSet
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The set as stored per organisation: <c>{"optOut":[...],"optIn":[...],"help":[...]}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(new Stored([.. OptOut], [.. OptIn], [.. Help]), JsonOptions);

    /// <exception cref="JsonException">The text is not a stored keyword set.</exception>
    /// <exception cref="ArgumentException">A stored keyword is not one word, or is listed twice.</exception>
    public static ConsentKeywordSet FromJson(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, JsonOptions)
            ?? throw new JsonException("A consent keyword set cannot be null");
        return Create(stored.OptOut ?? [], stored.OptIn ?? [], stored.Help ?? []);
    }

    private sealed record Stored(string[]? OptOut, string[]? OptIn, string[]? Help);
}
