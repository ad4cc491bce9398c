using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts;
using Switchboard.Conversations;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Inbound.Jobs;
using Switchboard.Messaging;
using Switchboard.Tenancy;
using Switchboard.Twilio.Messaging;
using MessageEncoding = Switchboard.Messaging.MessageEncoding;

namespace Switchboard.Inbound;

/// <summary>
/// The worker's handling of one stored inbound message: contact and lead, message, conversation,
/// consent and events, all in one SaveChanges with the job's completion, so a crash at any point
/// either leaves the job to run again or leaves it done with everything written.
/// </summary>
public sealed class ProcessInboundMessage(SwitchboardDbContext db, ITenantContext tenant, InboundConsent consent, TimeProvider time)
{
    public async Task ProcessAsync(ClaimedJob claimed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var job = await db.InboundJobs.SingleAsync(j => j.Id == claimed.Id, ct);
        if (job.ClaimedBy != claimed.ClaimedBy || job.DoneAt is not null)
        {
            // Our lease ran out and another pass took the job over; it is theirs now.
            return;
        }

        var webhookEvent = await db.WebhookEvents.SingleAsync(e => e.Id == job.WebhookEventId, ct);
        var sms = InboundSms.Read(WebhookParameters.Parse(webhookEvent.RawBody));
        var now = time.GetUtcNow().UtcDateTime;

        // Idempotent by Twilio's sid: a job that ran to the end once changes nothing when replayed.
        if (!await db.Messages.AnyAsync(m => m.TwilioSid == sms.MessageSid, ct))
        {
            await RecordAsync(sms, webhookEvent.ReceivedAt, now, ct);
        }

        job.DoneAt = now;
        job.LeaseUntil = null;
        job.LastError = null;
        webhookEvent.ProcessedAt = now;
        await db.SaveChangesAsync(ct);
    }

    private async Task RecordAsync(InboundSms sms, DateTime receivedAt, DateTime now, CancellationToken ct)
    {
        var organizationId = tenant.OrganizationId ?? throw new TenantNotSetException();
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId, ct);
        var number = await db.PhoneNumbers.AsNoTracking().SingleOrDefaultAsync(n => n.E164 == sms.To, ct)
            ?? throw new InvalidOperationException($"The number {sms.To} does not belong to this organisation any more");

        var contact = await InboundContactUpsert.UpsertAsync(db, organization, sms.From, sms.Body, receivedAt, ct);
        var conversation = await ConversationThreading.ThreadInboundAsync(
            db, organizationId, contact.Id, number.Id, sms.Body, receivedAt, ct);
        var segments = SegmentCalculator.Calculate(sms.Body);
        var message = new Message
        {
            OrganizationId = organizationId, ContactId = contact.Id, ConversationId = conversation.Id,
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
                OrganizationId = organizationId, MessageId = message.Id, Position = media.Position, Url = media.Url, ContentType = media.ContentType,
            });
        }

        db.AddEvent(EventTypes.SmsReceived, new
        {
            messageId = message.Id, twilioSid = message.TwilioSid, to = message.To, from = message.From,
            status = "received", contactId = contact.Id, conversationId = conversation.Id, numMedia = sms.Media.Count,
        });
        await consent.ApplyAsync(organization, contact, number.E164, sms, now, ct);
    }
}
