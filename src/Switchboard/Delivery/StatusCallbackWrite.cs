namespace Switchboard.Delivery;

/// <summary>
/// One status callback for <see cref="StatusCallbackWriter"/>: the organisation it was signed for
/// (the message must be one of its own; null in a system scope), our id from the callback URL when
/// it carries one, the sid, and the report.
/// </summary>
public sealed record StatusCallbackWrite(Guid? OrganizationId, Guid? MessageId, string Sid, MessageStatusWriter.Report Report);
