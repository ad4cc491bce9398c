namespace Switchboard.Contacts;

/// <summary>A contact as the API shows it; a lead is a contact with a <c>leadSource</c> (ADR 0004).</summary>
public sealed record ContactResponse(
    Guid Id, string Phone, string? Name, string? Email, string? Language, bool OptedOut, DateTime? OptedOutAt,
    string? LeadSource, string? FirstMessage, bool SmsEnabled, DateTime? LastSmsAt, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static ContactResponse Of(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new(
            contact.Id, contact.Phone, contact.Name, contact.Email, contact.Language, contact.OptedOut, contact.OptedOutAt,
            contact.LeadSource, contact.FirstMessage, contact.SmsEnabled, contact.LastSmsAt, contact.CreatedAt, contact.UpdatedAt);
    }
}
