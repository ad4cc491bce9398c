using Microsoft.Extensions.Options;
using Switchboard.Data;

namespace Switchboard.Delivery;

/// <summary>
/// Group commit for status callbacks (ADR 0013): requests queue their report and one loop records
/// up to <see cref="DeliveryOptions.CallbackBatchSize"/> of them per transaction
/// (<see cref="StatusCallbackBatch"/>), waiting at most <see cref="DeliveryOptions.CallbackLinger"/>
/// for more. Each request is answered only after its batch committed; a failed batch fails its own
/// requests (500, Twilio retries) and no others.
/// </summary>
public sealed partial class StatusCallbackWriter : BackgroundService
{
    private readonly GroupCommit<StatusCallbackWrite, MessageStatusWriter.Outcome?> queue;

    public StatusCallbackWriter(IServiceScopeFactory scopes, IOptions<DeliveryOptions> options, ILogger<StatusCallbackWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        queue = new(settings.CallbackBatchSize, settings.CallbackLinger,
            (batch, ct) => StatusCallbackBatch.RecordAsync(scopes, batch, ct), (count, error) => LogBatchFailed(logger, count, error));
    }

    /// <summary>Queues the report and returns once it is committed: its outcome, or null when no such message exists.</summary>
    public Task<MessageStatusWriter.Outcome?> WriteAsync(StatusCallbackWrite write, CancellationToken ct) => queue.WriteAsync(write, ct);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => queue.RunAsync(stoppingToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} status callbacks failed; their requests answer 500 and Twilio retries them")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception error);
}
