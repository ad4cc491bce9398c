using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Twilio.Rest;

namespace Switchboard.Delivery;

/// <summary>A call Twilio accepted, waiting to be recorded.</summary>
public sealed record AcceptedSend(PreparedSend Send, MessageResource Resource);

/// <summary>
/// Group commit for the outcome of accepted calls (ADR 0014): each send queues what Twilio answered
/// and one loop records up to <see cref="DeliveryOptions.CallbackBatchSize"/> of them per
/// transaction (<see cref="AcceptedSendBatch"/>): attempt, sid, outbox row, <c>sms_sent</c> and the
/// accepted status with its history. A send returns once its outcome is committed.
/// </summary>
public sealed partial class SendResultWriter : BackgroundService
{
    private readonly GroupCommit<AcceptedSend, bool> queue;

    public SendResultWriter(IServiceScopeFactory scopes, IOptions<DeliveryOptions> options, ILogger<SendResultWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        queue = new(settings.CallbackBatchSize, settings.CallbackLinger,
            (batch, ct) => AcceptedSendBatch.RecordAsync(scopes, batch, ct), (count, error) => LogBatchFailed(logger, count, error));
    }

    /// <summary>Queues the accepted call and returns once it is recorded (false: its outbox row or message was gone).</summary>
    public Task<bool> WriteAsync(AcceptedSend accepted, CancellationToken ct) => queue.WriteAsync(accepted, ct);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => queue.RunAsync(stoppingToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording a batch of {Count} accepted sends failed; their leases expire and each is reconciled with Twilio before any new call")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception error);
}
