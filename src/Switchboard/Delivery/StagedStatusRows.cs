using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Events.Streaming;

namespace Switchboard.Delivery;

/// <summary>
/// The history rows and events a batch of status reports staged (many small rows), written as
/// multi-row INSERTs (<see cref="RowInserts"/>) in the batch's open transaction; the hub is woken
/// when that transaction commits. The batch's other changes are left for its SaveChanges.
/// </summary>
internal static class StagedStatusRows
{
    public static async Task InsertAsync(IServiceProvider services, SwitchboardDbContext db, CancellationToken ct)
    {
        await RowInserts.InsertAddedAsync<MessageStatusChange>(db, ct);
        if (await RowInserts.InsertAddedAsync<EventRecord>(db, ct) > 0)
        {
            services.GetRequiredService<EventCommitInterceptors>().WrittenInTransaction(db);
        }
    }
}
