using Switchboard.Tenancy;

namespace Switchboard.Contacts.Consent;

/// <summary>One change of a contact's consent, with where it came from; the audit trail of opt-outs.</summary>
public sealed class ConsentChange : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public Guid ContactId { get; set; }

    /// <summary>The contact's state after the change.</summary>
    public bool OptedOut { get; set; }

    public ConsentSource Source { get; set; }

    /// <summary>The keyword, Twilio's OptOutType, the error code or the operator's note.</summary>
    public string? Detail { get; set; }

    public DateTime OccurredAt { get; set; } = DateTime.UtcNow;
}

public enum ConsentSource
{
    Keyword,
    TwilioOptOutType,
    ApiError21610,
    Manual,
    Import,
}
