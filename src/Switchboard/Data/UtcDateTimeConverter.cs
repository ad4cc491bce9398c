using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Switchboard.Data;

/// <summary>
/// Every stored time is UTC. SQLite keeps times as text without a zone, so values read back are
/// marked UTC here; values written with an unspecified kind are taken as UTC, and local ones are
/// converted (Npgsql refuses non-UTC values for <c>timestamp with time zone</c>).
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => ToUtc(value),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc))
{
    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
