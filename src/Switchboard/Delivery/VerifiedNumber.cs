using Switchboard.Tenancy;

namespace Switchboard.Delivery;

/// <summary>
/// A recipient an organisation may text while TWILIO_TEST_MODE is on, like the verified caller
/// ids of a Twilio trial account.
/// </summary>
public sealed class VerifiedNumber : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public required string Phone { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
