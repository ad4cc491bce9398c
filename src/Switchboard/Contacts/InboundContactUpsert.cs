using Switchboard.Contacts.Phones;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Tenancy;

namespace Switchboard.Contacts;

/// <summary>
/// Updates the contact who texted us, or creates them as a new lead (ADR 0005). The caller finds
/// the contact by <see cref="PhoneKey"/> (for a whole batch at once); changes go into its unit of work.
/// </summary>
public static class InboundContactUpsert
{
    public const string SmsLeadSource = "sms";

    /// <param name="existing">The organisation's contact with this <paramref name="phone"/> key, or null when there is none yet.</param>
    public static Contact Upsert(
        SwitchboardDbContext db, Organization organization, Contact? existing, string phone, string body, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organization);
        if (existing is null)
        {
            var contact = new Contact
            {
                OrganizationId = organization.Id, Phone = phone, LeadSource = SmsLeadSource, FirstMessage = body,
                SmsEnabled = true, LastSmsAt = at, CreatedAt = at, UpdatedAt = at,
            };
            db.Contacts.Add(contact);
            db.AddEvent(EventTypes.ContactCreated, new { contactId = contact.Id, phone, source = SmsLeadSource });
            return contact;
        }

        existing.SmsEnabled = true;
        existing.LastSmsAt = at;
        existing.UpdatedAt = at;
        return existing;
    }

    /// <summary>
    /// The stored form of a sender. Twilio already sends E.164, but normalising makes a contact
    /// typed by an agent and the same person texting in one row. A sender we cannot parse is
    /// still a sender: it is kept as received, never rejected.
    /// </summary>
    public static string PhoneKey(string from, string defaultCountry)
    {
        var normalized = PhoneNumberNormalizer.Normalize(from, defaultCountry);
        return normalized.IsValid ? normalized.Value : from.Trim();
    }
}
