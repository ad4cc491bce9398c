using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Messaging;
using Switchboard.Tenancy;

namespace Switchboard.Delivery;

/// <summary>
/// One status callback in its own transaction, statement by statement (<see cref="MessageStatusWriter.ApplyAsync"/>):
/// the way back for a batch that met another writer. The conditional status UPDATE cannot move a
/// status backwards whoever wrote last, and a status another instance stored first is a duplicate.
/// </summary>
internal static class StatusCallbackAlone
{
    public static async Task<MessageStatusWriter.Outcome?> RecordAsync(IServiceScopeFactory scopes, StatusCallbackWrite write, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        using var system = scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await FindAsync(db, write, ct) is not { } message)
        {
            return null;
        }

        if (message.TwilioSid is null)
        {
            await db.Messages.Where(m => m.Id == message.Id && m.TwilioSid == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.TwilioSid, write.Sid), ct);
            message.TwilioSid = write.Sid;
        }

        var outcome = await MessageStatusWriter.ApplyAsync(db, message, write.Report, ct);
        await transaction.CommitAsync(ct);
        return outcome;
    }

    private static async Task<Message?> FindAsync(SwitchboardDbContext db, StatusCallbackWrite write, CancellationToken ct)
    {
        Message? message = null;
        if (write.MessageId is { } mid)
        {
            message = await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mid, ct);
        }

        message ??= await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.TwilioSid == write.Sid, ct);
        return message is not null && (write.OrganizationId is null || message.OrganizationId == write.OrganizationId) ? message : null;
    }
}
