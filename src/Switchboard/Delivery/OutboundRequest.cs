namespace Switchboard.Delivery;

/// <summary>
/// What any caller (API, UI, automation, campaign, schedule) asks to send: a body, or a template
/// with its variables; an optional sender and send time.
/// </summary>
public sealed record OutboundRequest(
    string? To,
    string? Body = null,
    Guid? TemplateId = null,
    IReadOnlyDictionary<string, string>? Variables = null,
    string? From = null,
    DateTimeOffset? SendAt = null,
    string? Language = null);

/// <summary>Either the queued message or the reason it was refused, naming the request field.</summary>
public sealed record OutboundResult(Messaging.Message? Message, FieldProblem? Problem)
{
    public static OutboundResult Refused(string field, string code, string detail, int status = StatusCodes.Status400BadRequest) =>
        new(null, new FieldProblem(field, code, detail, status));
}
