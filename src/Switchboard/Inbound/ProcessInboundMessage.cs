using Switchboard.Contacts;
using Switchboard.Conversations;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Messaging;
using Switchboard.Numbers;
using Switchboard.Twilio.Messaging;
using MessageEncoding = Switchboard.Messaging.MessageEncoding;

namespace Switchboard.Inbound;

/// <summary>
/// The worker's handling of one stored inbound message, against what its batch loaded
/// (<see cref="InboundBatchState"/>): contact and lead, message, conversation, consent and events,
/// added to the batch's unit of work, which commits them with the jobs' completion in one
/// transaction (Jobs/InboundJobBatch), so a crash leaves either all of it or the jobs to run again.
/// </summary>
public sealed class ProcessInboundMessage(SwitchboardDbContext db, InboundConsent consent)
{
    public async Task RecordAsync(InboundBatchState batch, PhoneNumber number, InboundSms sms, DateTime receivedAt, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(sms);
        var organization = batch.Organization;
        var phone = batch.PhoneKey(sms.From);
        var contact = InboundContactUpsert.Upsert(db, organization, batch.Contact(phone), phone, sms.Body, receivedAt);
        var conversation = ConversationThreading.ThreadInbound(
            db, batch.Conversation(contact.Id, number.Id), organization.Id, contact.Id, number.Id, sms.Body, receivedAt);
        batch.Recorded(sms.MessageSid, contact, conversation);
        var segments = SegmentCalculator.Calculate(sms.Body);
        var message = new Message
        {
            OrganizationId = organization.Id, ContactId = contact.Id, ConversationId = conversation.Id,
            Direction = MessageDirection.Inbound, TwilioSid = sms.MessageSid, From = sms.From, To = sms.To, Body = sms.Body,
            Status = MessageStatus.Received, ReceivedAt = receivedAt, CreatedAt = receivedAt, UpdatedAt = now,
            Segments = sms.NumSegments ?? segments.Segments,
            Encoding = segments.Encoding == Twilio.Messaging.MessageEncoding.Gsm7 ? MessageEncoding.Gsm7 : MessageEncoding.Ucs2,
        };
        db.Messages.Add(message);
        foreach (var media in sms.Media)
        {
            db.MessageMedia.Add(new MessageMedia
            {
                OrganizationId = organization.Id, MessageId = message.Id, Position = media.Position, Url = media.Url, ContentType = media.ContentType,
            });
        }

        db.AddEvent(EventTypes.SmsReceived, new
        {
            messageId = message.Id, twilioSid = message.TwilioSid, to = message.To, from = message.From,
            status = "received", contactId = contact.Id, conversationId = conversation.Id, numMedia = sms.Media.Count,
        });
        await consent.ApplyAsync(organization, batch.Keywords, contact, number.E164, sms, now, ct);
    }
}
