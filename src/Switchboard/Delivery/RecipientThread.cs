using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts;
using Switchboard.Conversations;
using Switchboard.Data;
using Switchboard.Numbers;

namespace Switchboard.Delivery;

/// <summary>
/// The minimum the outbound path needs from contacts and conversations: the recipient's contact
/// and the thread the message belongs to, created when missing. The inbound path owns the rest.
/// </summary>
public static class RecipientThread
{
    /// <summary>Also sees a contact added but not yet saved in this unit of work (an automatic reply's).</summary>
    public static async Task<Contact?> FindContactAsync(SwitchboardDbContext db, string phone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Contacts.Local.FirstOrDefault(c => c.Phone == phone)
            ?? await db.Contacts.SingleOrDefaultAsync(c => c.Phone == phone, ct);
    }

    public static Contact NewContact(SwitchboardDbContext db, string phone, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var contact = new Contact { Phone = phone, CreatedAt = now, UpdatedAt = now };
        db.Contacts.Add(contact);
        return contact;
    }

    public static async Task<Conversation> TouchConversationAsync(
        SwitchboardDbContext db, Contact contact, PhoneNumber number, string preview, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(number);
        var conversation = db.Conversations.Local.FirstOrDefault(c => c.ContactId == contact.Id && c.PhoneNumberId == number.Id)
            ?? (db.Entry(contact).State == EntityState.Added
                ? null
                : await db.Conversations.SingleOrDefaultAsync(c => c.ContactId == contact.Id && c.PhoneNumberId == number.Id, ct));
        if (conversation is null)
        {
            conversation = new Conversation { ContactId = contact.Id, PhoneNumberId = number.Id, CreatedAt = now };
            db.Conversations.Add(conversation);
        }

        conversation.LastMessageAt = now;
        conversation.LastMessagePreview = preview.Length > 80 ? preview[..80] : preview;
        conversation.UpdatedAt = now;
        return conversation;
    }
}
