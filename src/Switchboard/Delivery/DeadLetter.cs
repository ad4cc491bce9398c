using Switchboard.Tenancy;

namespace Switchboard.Delivery;

/// <summary>A message that used up its attempts: kept for an operator to read and resend.</summary>
public sealed class DeadLetter : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public Guid MessageId { get; set; }

    public required string Reason { get; set; }

    public int? ErrorCode { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? ResentAt { get; set; }
}
