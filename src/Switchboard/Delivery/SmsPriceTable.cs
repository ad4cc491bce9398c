using System.Collections.Frozen;

namespace Switchboard.Delivery;

/// <summary>
/// Estimated price of one outbound SMS segment by destination country, in USD: list prices,
/// rounded, for previews only. Twilio's actual price arrives later on the message.
/// </summary>
public static class SmsPriceTable
{
    public const string Currency = "USD";

    /// <summary>Used for countries not in the table: deliberately on the high side.</summary>
    public const decimal DefaultPerSegment = 0.0900m;

    public static FrozenDictionary<string, decimal> PerSegment { get; } = new Dictionary<string, decimal>
    {
        ["US"] = 0.0083m,
        ["CA"] = 0.0083m,
        ["GB"] = 0.0463m,
        ["FR"] = 0.0798m,
        ["DE"] = 0.0895m,
        ["BE"] = 0.0877m,
        ["CH"] = 0.0582m,
        ["AU"] = 0.0515m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static decimal Estimate(string? country, int segments) =>
        (country is not null && PerSegment.TryGetValue(country, out var price) ? price : DefaultPerSegment) * segments;
}
