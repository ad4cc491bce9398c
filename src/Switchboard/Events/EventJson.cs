using System.Text.Json;

namespace Switchboard.Events;

/// <summary>
/// The JSON an event travels as, on the stream and in webhooks alike:
/// <c>{"id":…,"type":…,"createdAt":…,"data":{…}}</c>, compact and on one line.
/// </summary>
public static class EventJson
{
    public static byte[] Render(EventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("id", record.Id);
            json.WriteString("type", record.Type);
            json.WriteString("createdAt", DateTime.SpecifyKind(record.CreatedAt, DateTimeKind.Utc));
            json.WritePropertyName("data");
            // Re-written through a parser: compact whatever whitespace was stored, so it fits one SSE data line.
            using (var document = JsonDocument.Parse(record.Data))
            {
                document.WriteTo(json);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
