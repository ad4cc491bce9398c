namespace Switchboard.Inbound;

/// <summary>
/// Where inbound processing hands automatic replies (the HELP text) to the outbound path.
/// Implementations add their rows to the scoped SwitchboardDbContext without saving: the
/// caller's SaveChanges commits the reply together with the message that caused it.
/// </summary>
public interface IOutboundReplies
{
    Task QueueReplyAsync(Guid organizationId, Guid contactId, string from, string to, string body, CancellationToken ct);
}

/// <summary>
/// Stands in until the outbound engine (outbox and dispatcher) is wired: the reply is logged,
/// not sent. Replace the registration in InboundFeature with the outbox-backed implementation.
/// </summary>
public sealed partial class LoggingOutboundReplies(ILogger<LoggingOutboundReplies> logger) : IOutboundReplies
{
    public Task QueueReplyAsync(Guid organizationId, Guid contactId, string from, string to, string body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        LogReplyNotSent(logger, organizationId, contactId, body.Length);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Automatic reply for contact {ContactId} of organisation {OrganizationId} ({Length} characters) not sent: no outbound engine is wired")]
    private static partial void LogReplyNotSent(ILogger logger, Guid organizationId, Guid contactId, int length);
}
