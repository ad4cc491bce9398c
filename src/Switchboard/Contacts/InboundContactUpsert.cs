using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts.Phones;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Tenancy;

namespace Switchboard.Contacts;

/// <summary>
/// Finds the contact who texted us by normalised number, or creates them as a new lead
/// (ADR 0004). Changes go into the caller's unit of work.
/// </summary>
public static class InboundContactUpsert
{
    public const string SmsLeadSource = "sms";

    public static async Task<Contact> UpsertAsync(
        SwitchboardDbContext db, Organization organization, string from, string body, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organization);
        var phone = PhoneKey(from, organization.DefaultCountry);
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Phone == phone, ct);
        if (contact is null)
        {
            contact = new Contact
            {
                OrganizationId = organization.Id, Phone = phone, LeadSource = SmsLeadSource, FirstMessage = body,
                SmsEnabled = true, LastSmsAt = at, CreatedAt = at, UpdatedAt = at,
            };
            db.Contacts.Add(contact);
            db.AddEvent(EventTypes.ContactCreated, new { contactId = contact.Id, phone, source = SmsLeadSource });
            return contact;
        }

        contact.SmsEnabled = true;
        contact.LastSmsAt = at;
        contact.UpdatedAt = at;
        return contact;
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
