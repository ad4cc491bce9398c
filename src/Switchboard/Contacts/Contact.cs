using Switchboard.Tenancy;

namespace Switchboard.Contacts;

/// <summary>A person an organisation texts with, known by phone number within that organisation.</summary>
public sealed class Contact : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public required string Phone { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    /// <summary>BCP 47 language tag, detected or set by an agent.</summary>
    public string? Language { get; set; }

    /// <summary>Set by STOP (or Twilio error 21610); cleared by START. Added in migration 0002.</summary>
    public bool OptedOut { get; set; }

    public DateTime? OptedOutAt { get; set; }

    /// <summary>
    /// Where the contact came from as a lead (<c>sms</c> when they texted first); null for contacts
    /// added otherwise. Leads are contacts, not a table of their own (ADR 0004). Added in 0005.
    /// </summary>
    public string? LeadSource { get; set; }

    /// <summary>The body of the first message the contact sent us.</summary>
    public string? FirstMessage { get; set; }

    /// <summary>True once the contact has texted us: the number is known to receive SMS.</summary>
    public bool SmsEnabled { get; set; }

    /// <summary>When the contact last texted us.</summary>
    public DateTime? LastSmsAt { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
