using Switchboard.Tenancy;

namespace Switchboard.Messaging;

/// <summary>One attachment of an MMS, in Twilio's order (MediaUrl0, MediaUrl1, ...).</summary>
public sealed class MessageMedia : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public Guid MessageId { get; set; }

    public int Position { get; set; }

    public required string Url { get; set; }

    public string? ContentType { get; set; }
}
