using Switchboard.Inbound;

namespace Switchboard.Delivery;

/// <summary>
/// Automatic replies (the HELP text) go through the outbox like every other message, staged in
/// the inbound job's unit of work so the reply commits with the message that asked for it.
/// </summary>
public sealed partial class OutboxReplies(OutboundMessages outbound, ILogger<OutboxReplies> logger) : IOutboundReplies
{
    public async Task QueueReplyAsync(Guid organizationId, Guid contactId, string from, string to, string body, CancellationToken ct)
    {
        var result = await outbound.StageAsync(new OutboundRequest(To: to, Body: body, From: from), ct);
        if (result.Problem is { } problem)
        {
            // A refused reply (opted out meanwhile, test mode) must not fail the inbound job.
            LogReplyRefused(logger, contactId, problem.Code);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Automatic reply to contact {ContactId} was refused: {Code}")]
    private static partial void LogReplyRefused(ILogger logger, Guid contactId, string code);
}
