namespace Switchboard.Inbound.Jobs;

/// <summary>An inbound job as operators see it; <c>state</c> is pending, parked or done.</summary>
public sealed record InboundJobResponse(
    Guid Id, InboundJobKind Kind, string State, Guid WebhookEventId, string DedupeKey, int Attempts, DateTime RunAt,
    string? LastError, DateTime? ParkedAt, DateTime? DoneAt, DateTime CreatedAt);
