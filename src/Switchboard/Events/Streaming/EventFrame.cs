using System.Globalization;
using System.Text;

namespace Switchboard.Events.Streaming;

/// <summary>
/// One event as a ready server-sent event frame. Rendered once per event, not per subscriber, so
/// ten thousand subscribers share the same bytes.
/// </summary>
public sealed record EventFrame(long Id, Guid OrganizationId, string Type, byte[] Bytes)
{
    /// <summary>The heartbeat comment; it carries no event.</summary>
    public static readonly EventFrame Ping = new(0, Guid.Empty, string.Empty, Encoding.UTF8.GetBytes(": ping\n\n"));

    public static EventFrame From(EventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var frame = new StringBuilder()
            .Append("id: ").Append(record.Id.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("event: ").Append(record.Type).Append('\n')
            .Append("data: ").Append(Encoding.UTF8.GetString(EventJson.Render(record))).Append("\n\n");
        return new EventFrame(record.Id, record.OrganizationId, record.Type, Encoding.UTF8.GetBytes(frame.ToString()));
    }
}
