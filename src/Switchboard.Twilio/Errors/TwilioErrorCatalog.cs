using System.Collections.Frozen;
using System.Text.Json;

namespace Switchboard.Twilio.Errors;

/// <summary>The Twilio error codes we act on, read once from the embedded <c>error-codes.json</c>.</summary>
public static class TwilioErrorCatalog
{
    private const string ResourceName = "Switchboard.Twilio.Errors.error-codes.json";

    private static readonly Lazy<FrozenDictionary<int, TwilioErrorInfo>> Entries = new(Load);

    /// <summary>Every catalogued code.</summary>
    public static IReadOnlyCollection<TwilioErrorInfo> All => Entries.Value.Values;

    /// <summary>
    /// The entry for <paramref name="code"/>. An unknown code gets <see cref="RetryClass.Limited"/>:
    /// it may be transient, so never retrying could drop a message that would have gone through,
    /// while a bounded, spaced retry cannot hammer Twilio or spam the recipient.
    /// </summary>
    public static TwilioErrorInfo Find(int code) =>
        Entries.Value.TryGetValue(code, out var info)
            ? info
            : new TwilioErrorInfo(code, "unknown", null, $"Twilio error {code} is not in our catalogue", RetryClass.Limited, "retry once later; review the code")
            {
                IsKnown = false,
            };

    private static FrozenDictionary<int, TwilioErrorInfo> Load()
    {
        using var stream = typeof(TwilioErrorCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateArray().Select(Parse).ToFrozenDictionary(e => e.Code);
    }

    private static TwilioErrorInfo Parse(JsonElement entry)
    {
        var status = entry.GetProperty("httpStatus");
        return new TwilioErrorInfo(
            entry.GetProperty("code").GetInt32(),
            entry.GetProperty("where").GetString()!,
            status.ValueKind == JsonValueKind.Null ? null : status.GetInt32(),
            entry.GetProperty("meaning").GetString()!,
            ParseRetry(entry.GetProperty("retry").GetString()),
            entry.GetProperty("action").GetString()!);
    }

    private static RetryClass ParseRetry(string? value) => value switch
    {
        "never" => RetryClass.Never,
        "backoff" => RetryClass.Backoff,
        "later" => RetryClass.Later,
        "limited" => RetryClass.Limited,
        _ => throw new InvalidDataException($"Unknown retry class '{value}' in {ResourceName}."),
    };
}
