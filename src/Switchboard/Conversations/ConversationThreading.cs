using Switchboard.Data;
using Switchboard.Events;

namespace Switchboard.Conversations;

/// <summary>
/// Puts an inbound message into the thread of its contact and business number: opens the thread
/// on first contact, reopens a closed one, counts it unread. The caller finds the thread (for a
/// whole batch at once); changes go into its unit of work.
/// </summary>
public static class ConversationThreading
{
    private const int PreviewLength = 120;

    /// <param name="existing">The thread of this contact and number, or null when there is none yet.</param>
    public static Conversation ThreadInbound(
        SwitchboardDbContext db, Conversation? existing, Guid organizationId, Guid contactId, Guid phoneNumberId, string body, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(body);
        var conversation = existing;
        if (conversation is null)
        {
            conversation = new Conversation
            {
                OrganizationId = organizationId, ContactId = contactId, PhoneNumberId = phoneNumberId, CreatedAt = at,
            };
            db.Conversations.Add(conversation);
            Opened(db, conversation, reopened: false);
        }
        else if (conversation.Status == ConversationStatus.Closed)
        {
            // The customer wrote again: the thread needs someone's attention again.
            conversation.Status = ConversationStatus.Open;
            Opened(db, conversation, reopened: true);
        }

        conversation.UnreadCount++;
        conversation.LastMessageAt = at;
        conversation.LastMessagePreview = Preview(body);
        conversation.UpdatedAt = at;
        return conversation;
    }

    public static string Preview(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length <= PreviewLength)
        {
            return body;
        }

        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(body[PreviewLength - 1]) ? PreviewLength - 1 : PreviewLength;
        return body[..cut];
    }

    private static void Opened(SwitchboardDbContext db, Conversation conversation, bool reopened) =>
        db.AddEvent(EventTypes.ConversationOpened, new
        {
            conversationId = conversation.Id, contactId = conversation.ContactId, phoneNumberId = conversation.PhoneNumberId, reopened,
        });
}
