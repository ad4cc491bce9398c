using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts;
using Switchboard.Contacts.Consent;
using Switchboard.Conversations;
using Switchboard.Data;
using Switchboard.Numbers;
using Switchboard.Tenancy;

namespace Switchboard.Inbound;

/// <summary>
/// What processing a batch of one organisation's inbound messages reads, loaded with one query
/// per kind for the whole batch instead of one per message: the organisation and its keywords, the
/// business numbers, the senders' contacts and their threads, and which sids are stored already.
/// Rows the batch creates are remembered, so a second message from a new number finds the contact
/// the first one made.
/// </summary>
public sealed class InboundBatchState
{
    private readonly Dictionary<string, PhoneNumber> _numbers;
    private readonly Dictionary<string, string> _phoneKeys;
    private readonly Dictionary<string, Contact> _contacts;
    private readonly Dictionary<(Guid ContactId, Guid NumberId), Conversation> _conversations;
    private readonly HashSet<string> _storedSids;

    private InboundBatchState(
        Organization organization, Dictionary<string, PhoneNumber> numbers, Dictionary<string, string> phoneKeys,
        Dictionary<string, Contact> contacts, Dictionary<(Guid, Guid), Conversation> conversations, HashSet<string> storedSids)
    {
        Organization = organization;
        Keywords = InboundConsent.KeywordsOf(organization);
        (_numbers, _phoneKeys, _contacts, _conversations, _storedSids) = (numbers, phoneKeys, contacts, conversations, storedSids);
    }

    public Organization Organization { get; }

    public ConsentKeywordSet Keywords { get; }

    /// <summary>Loads what <paramref name="messages"/> need, in the current tenant; contacts and threads are tracked.</summary>
    public static async Task<InboundBatchState> LoadAsync(SwitchboardDbContext db, IReadOnlyCollection<InboundSms> messages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(messages);
        var organizationId = db.Tenant.OrganizationId ?? throw new TenantNotSetException();
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId, ct);
        var sids = messages.Select(m => m.MessageSid).Distinct().ToList();
        var stored = await db.Messages.Where(m => m.TwilioSid != null && sids.Contains(m.TwilioSid)).Select(m => m.TwilioSid!).ToListAsync(ct);
        var tos = messages.Select(m => m.To).Distinct().ToList();
        var numbers = await db.PhoneNumbers.AsNoTracking().Where(n => tos.Contains(n.E164)).ToDictionaryAsync(n => n.E164, StringComparer.Ordinal, ct);
        var phoneKeys = messages.Select(m => m.From).Distinct()
            .ToDictionary(from => from, from => InboundContactUpsert.PhoneKey(from, organization.DefaultCountry), StringComparer.Ordinal);
        var phones = phoneKeys.Values.Distinct().ToList();
        var contacts = await db.Contacts.Where(c => phones.Contains(c.Phone)).ToDictionaryAsync(c => c.Phone, StringComparer.Ordinal, ct);
        var contactIds = contacts.Values.Select(c => c.Id).ToList();
        var conversations = contactIds.Count == 0
            ? []
            : await db.Conversations.Where(c => contactIds.Contains(c.ContactId)).ToDictionaryAsync(c => (c.ContactId, c.PhoneNumberId), ct);
        return new InboundBatchState(organization, numbers, phoneKeys, contacts, conversations, stored.ToHashSet(StringComparer.Ordinal));
    }

    public PhoneNumber? Number(string e164) => _numbers.GetValueOrDefault(e164);

    /// <summary>The stored form of a sender of this batch (<see cref="InboundContactUpsert.PhoneKey"/>).</summary>
    public string PhoneKey(string from) =>
        _phoneKeys.TryGetValue(from, out var key) ? key : InboundContactUpsert.PhoneKey(from, Organization.DefaultCountry);

    public Contact? Contact(string phoneKey) => _contacts.GetValueOrDefault(phoneKey);

    public Conversation? Conversation(Guid contactId, Guid numberId) => _conversations.GetValueOrDefault((contactId, numberId));

    public bool IsStored(string messageSid) => _storedSids.Contains(messageSid);

    /// <summary>Remembers what one message of the batch wrote, for the messages after it.</summary>
    public void Recorded(string messageSid, Contact contact, Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(conversation);
        _storedSids.Add(messageSid);
        _contacts[contact.Phone] = contact;
        _conversations[(conversation.ContactId, conversation.PhoneNumberId)] = conversation;
    }
}
