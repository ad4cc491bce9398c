using System.Text.Json;
using Switchboard.Data;

namespace Switchboard.Events;

public static class EventOutbox
{
    /// <summary>
    /// Adds an event to the unit of work: it is stored by the same SaveChanges, in the same
    /// transaction, as the change it describes. The organisation is stamped from the tenant.
    /// </summary>
    public static EventRecord AddEvent(this SwitchboardDbContext db, string type, object data)
    {
        ArgumentNullException.ThrowIfNull(db);
        var record = new EventRecord { Type = type, Data = JsonSerializer.Serialize(data, JsonSerializerOptions.Web) };
        db.Events.Add(record);
        return record;
    }
}
