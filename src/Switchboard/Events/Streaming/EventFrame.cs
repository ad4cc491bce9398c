using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Switchboard.Events.Streaming;

/// <summary>
/// One event as a ready server-sent event frame. Rendered once per event, not per subscriber, so
/// ten thousand subscribers share the same bytes.
/// </summary>
public sealed record EventFrame(long Id, Guid OrganizationId, string Type, byte[] Bytes)
{
    public static EventFrame From(EventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var data = new MemoryStream();
        using (var json = new Utf8JsonWriter(data))
        {
            json.WriteStartObject();
            json.WriteNumber("id", record.Id);
            json.WriteString("type", record.Type);
            json.WriteString("createdAt", DateTime.SpecifyKind(record.CreatedAt, DateTimeKind.Utc));
            json.WritePropertyName("data");
            // Re-written through a parser: compact, so the frame's data is one line whatever was stored.
            using (var document = JsonDocument.Parse(record.Data))
            {
                document.WriteTo(json);
            }

            json.WriteEndObject();
        }

        var frame = new StringBuilder()
            .Append("id: ").Append(record.Id.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("event: ").Append(record.Type).Append('\n')
            .Append("data: ").Append(Encoding.UTF8.GetString(data.ToArray())).Append("\n\n");
        return new EventFrame(record.Id, record.OrganizationId, record.Type, Encoding.UTF8.GetBytes(frame.ToString()));
    }
}
