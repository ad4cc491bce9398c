using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Messaging;
using Switchboard.Tenancy;
using Switchboard.Twilio.Rest;
using Switchboard.TwilioAccount;

namespace Switchboard.Delivery;

/// <summary>
/// Asks Twilio about messages that have a sid but no final status after
/// <see cref="DeliveryOptions.StuckAfter"/>: their callbacks may have been lost (our downtime, a
/// proxy). Each is asked about at most once per <c>StuckAfter</c>; messages older than three days are left alone.
/// </summary>
public sealed partial class StuckMessageReconciler(
    IServiceScopeFactory scopes, IOptions<DeliveryOptions> options, TimeProvider time, ILogger<StuckMessageReconciler> logger) : BackgroundService
{
    private static readonly MessageStatus[] Pending = [MessageStatus.Accepted, MessageStatus.Queued, MessageStatus.Sending, MessageStatus.Sent];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.ReconcileInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PassAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(logger, error);
            }
        }
    }

    public async Task<int> PassAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var stuckBefore = now - options.Value.StuckAfter;
        var oldest = now - TimeSpan.FromDays(3);
        List<(Guid Id, Guid OrganizationId)> stuck;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
            using (scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem())
            {
                stuck = (await db.Messages.Where(m => m.Direction == MessageDirection.Outbound && m.TwilioSid != null
                        && Pending.Contains(m.Status) && m.UpdatedAt < stuckBefore && m.CreatedAt > oldest)
                    .OrderBy(m => m.UpdatedAt).Take(100).Select(m => new { m.Id, m.OrganizationId }).ToListAsync(ct))
                    .Select(m => (m.Id, m.OrganizationId)).ToList();
            }
        }

        foreach (var (id, organizationId) in stuck)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(organizationId);
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
            var message = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == id, ct);
            var twilio = await scope.ServiceProvider.GetRequiredService<OrganizationTwilioAccounts>().ClientForAsync(organizationId, ct);
            MessageResource resource;
            try
            {
                resource = await twilio.Messages.FetchAsync(message.TwilioSid!, ct);
            }
            catch (TwilioApiException error) when (error.HttpStatus == StatusCodes.Status404NotFound)
            {
                // Sent from an account the organisation no longer uses: nobody can tell us more.
                LogUnknownToAccount(logger, id, twilio.AccountSid);
                resource = new MessageResource();
            }

            if (MessageStatusWriter.Parse(resource.Status) is { } status)
            {
                await MessageStatusWriter.ApplyAsync(db, message, new(status, now, StatusSource.Reconciliation, resource.ErrorCode, resource.ErrorMessage), ct);
            }

            // Asked: wait another StuckAfter before asking again.
            await db.Messages.Where(m => m.Id == id && m.UpdatedAt < now).ExecuteUpdateAsync(s => s.SetProperty(m => m.UpdatedAt, now), ct);
        }

        return stuck.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} is unknown to Twilio account {AccountSid} (its organisation changed accounts?); asking again later")]
    private static partial void LogUnknownToAccount(ILogger logger, Guid messageId, string accountSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciling stuck messages failed; trying again next interval")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
