using Switchboard.Data;
using Switchboard.Events;

namespace Switchboard.Contacts.Consent;

/// <summary>
/// The one way a contact's consent changes: the contact, its audit row and the consent_changed
/// event go into the same unit of work. A repeat of the current state changes nothing.
/// </summary>
public static class ContactConsent
{
    /// <returns>True when the state changed (the caller saves).</returns>
    public static bool Apply(SwitchboardDbContext db, Contact contact, bool optedOut, ConsentSource source, string? detail, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.OptedOut == optedOut)
        {
            return false;
        }

        contact.OptedOut = optedOut;
        contact.OptedOutAt = optedOut ? at : null;
        contact.UpdatedAt = at;
        db.ConsentChanges.Add(new ConsentChange
        {
            OrganizationId = contact.OrganizationId, ContactId = contact.Id, OptedOut = optedOut, Source = source, Detail = detail, OccurredAt = at,
        });
        db.AddEvent(EventTypes.ConsentChanged, new
        {
            contactId = contact.Id, phone = contact.Phone, optedOut, source = source.ToString(), detail,
        });
        return true;
    }
}
