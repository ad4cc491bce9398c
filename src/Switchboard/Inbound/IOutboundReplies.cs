namespace Switchboard.Inbound;

/// <summary>
/// Where inbound processing hands automatic replies (the HELP text) to the outbound path
/// (implemented by Delivery/OutboxReplies).
/// Implementations add their rows to the scoped SwitchboardDbContext without saving: the
/// caller's SaveChanges commits the reply together with the message that caused it.
/// </summary>
public interface IOutboundReplies
{
    Task QueueReplyAsync(Guid organizationId, Guid contactId, string from, string to, string body, CancellationToken ct);
}
