using Microsoft.Extensions.Options;
using Switchboard.Tenancy;
using Switchboard.Twilio.Rest;

namespace Switchboard.Delivery;

/// <summary>
/// Claims due outbox rows, paces each sender, prepares the batch in one transaction
/// (<see cref="SendPreparation"/>), and sends with at most <see cref="DeliveryOptions.MaxConcurrentCalls"/>
/// calls to Twilio at once, recording accepted calls through <see cref="SendResultWriter"/> (ADR 0014).
/// Woken by commits, polling otherwise.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, SenderPacer pacer, OutboxSignal signal, SendResultWriter results, IOptions<DeliveryOptions> options,
    TimeProvider time, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.DispatcherEnabled)
        {
            return;
        }

        using var calls = new SemaphoreSlim(settings.MaxConcurrentCalls);
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            var wait = settings.PollInterval;
            try
            {
                (claimed, var nextDue) = await PassAsync(settings, calls, stoppingToken);
                if (nextDue - time.GetUtcNow() is var untilDue && untilDue < wait)
                {
                    // Rows given back for pacing are due before the next poll: wake for them, or the sender idles.
                    wait = untilDue > TimeSpan.Zero ? untilDue : TimeSpan.FromMilliseconds(1);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Typically the database starting or migrating; rows stay claimable once leases expire.
                LogPassFailed(logger, error);
            }

            if (claimed < settings.BatchSize)
            {
                await signal.WaitAsync(wait, time, stoppingToken);
            }
        }
    }

    private async Task<(int Claimed, DateTimeOffset NextDue)> PassAsync(DeliveryOptions settings, SemaphoreSlim calls, CancellationToken ct)
    {
        var nextDue = DateTimeOffset.MaxValue;
        var slotted = new List<(OutboxClaimer.Claimed Row, DateTimeOffset Slot)>();
        SendPreparation.Result prepared;
        int claimedCount;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = time.GetUtcNow().UtcDateTime;
            var claimer = scope.ServiceProvider.GetRequiredService<OutboxClaimer>();
            var claimed = await claimer.ClaimAsync(now, settings.LeaseDuration, settings.BatchSize, ct);
            claimedCount = claimed.Count;
            foreach (var row in claimed)
            {
                var slot = time.GetUtcNow();
                if (settings.Pacing && !pacer.TryReserve(row.From, row.Segments, SenderPacer.RateOf(row.Kind, row.MpsOverride, settings), slot, settings.PacingHorizon, out slot))
                {
                    // Due half a horizon before its slot: claimed again early, it waits in memory and keeps the pace exact.
                    var due = slot - (settings.PacingHorizon / 2);
                    nextDue = due < nextDue ? due : nextDue;
                    await claimer.ReleaseAsync(row.Id, due.UtcDateTime, ct);
                    continue;
                }

                slotted.Add((row, slot));
            }

            prepared = await scope.ServiceProvider.GetRequiredService<SendPreparation>().PrepareAsync(slotted, ct);
        }

        var sends = new List<Task>(slotted.Count);
        sends.AddRange(prepared.Ready.Select(ready => SendPreparedAsync(ready.Send, ready.Slot, calls, ct)));
        sends.AddRange(prepared.Others.Select(other => SendOneAsync(other.Row, other.Slot, calls, ct)));
        await Task.WhenAll(sends);
        return (claimedCount, nextDue);
    }

    // The common case: bookkeeping already done for the batch, so only the call, then a group-committed record of its outcome.
    private async Task SendPreparedAsync(PreparedSend send, DateTimeOffset slot, SemaphoreSlim calls, CancellationToken ct)
    {
        await WaitForSlotAsync(slot, ct);
        try
        {
            MessageResource created;
            await calls.WaitAsync(ct);
            try
            {
                created = await send.Twilio.Messages.CreateAsync(send.Request, ct);
            }
            catch (TwilioApiException error)
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(send.OrganizationId);
                await scope.ServiceProvider.GetRequiredService<MessageDeliverer>().RefusedAsync(send, error, ct);
                return;
            }
            finally
            {
                calls.Release();
            }

            await results.WriteAsync(new AcceptedSend(send, created), ct);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The lease expires and the row is tried again; its SendStartedAt forces a reconcile first.
            LogSendFailed(logger, send.MessageId, error);
        }
    }

    // Rows that need a reconcile or a last-moment check first, one at a time.
    private async Task SendOneAsync(OutboxClaimer.Claimed row, DateTimeOffset slot, SemaphoreSlim calls, CancellationToken ct)
    {
        await WaitForSlotAsync(slot, ct);
        await calls.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(row.OrganizationId);
            await scope.ServiceProvider.GetRequiredService<MessageDeliverer>().DeliverAsync(row.Id, ct);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogSendFailed(logger, row.MessageId, error);
        }
        finally
        {
            calls.Release();
        }
    }

    private async Task WaitForSlotAsync(DateTimeOffset slot, CancellationToken ct)
    {
        var wait = slot - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox pass failed; retrying")]
    private static partial void LogPassFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending message {MessageId} failed unexpectedly; it will be retried when its lease expires")]
    private static partial void LogSendFailed(ILogger logger, Guid messageId, Exception error);
}
