using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Switchboard.Data;

/// <summary>Stores enums as their snake_case names ("long_code", "partially_delivered"), readable in SQL.</summary>
internal sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => ToName(value),
    stored => FromName(stored))
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => SnakeCase.From(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    private static string ToName(TEnum value) => Names[value];

    private static TEnum FromName(string stored) => Values.TryGetValue(stored, out var value)
        ? value
        : throw new InvalidOperationException($"'{stored}' is not a known {typeof(TEnum).Name} value.");
}
