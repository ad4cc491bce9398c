using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts.Phones;
using Switchboard.Data;
using Switchboard.Messaging;
using Switchboard.Tenancy;
using Switchboard.Twilio.Messaging;
using Switchboard.TwilioAccount;

namespace Switchboard.Delivery;

/// <summary>
/// The one way an outbound message enters the system, whoever asks. It enforces consent, test
/// mode, body limits and template variables, chooses the sender, and writes the message and its
/// outbox row in one transaction; the dispatcher does the sending.
/// </summary>
public sealed class OutboundMessages(
    SwitchboardDbContext db, ITenantContext tenant, MessageComposer composer, SenderSelector senders,
    DeploymentTwilioAccount account, OutboxSignal signal, TimeProvider time)
{
    public async Task<OutboundResult> EnqueueAsync(OutboundRequest request, CancellationToken ct)
    {
        var result = await StageAsync(request, ct);
        if (result.Message is not null)
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another request created this recipient's contact or conversation first (unique
                // keys): start again from what is stored now, once.
                db.ChangeTracker.Clear();
                result = await StageAsync(request, ct);
                if (result.Message is null)
                {
                    return result;
                }

                await db.SaveChangesAsync(ct);
            }

            signal.Wake();
        }

        return result;
    }

    /// <summary>
    /// Checks and adds the message and its outbox row to the unit of work without saving, so a
    /// caller (an automatic reply) commits it together with the change that caused it. The
    /// dispatcher finds it on its next pass.
    /// </summary>
    public async Task<OutboundResult> StageAsync(OutboundRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var organizationId = tenant.OrganizationId ?? throw new TenantNotSetException();
        var country = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.DefaultCountry).SingleAsync(ct);
        var to = PhoneNumberNormalizer.Normalize(request.To ?? "", country);
        if (!to.IsValid || to.Kind != SenderKind.PhoneNumber)
        {
            return OutboundResult.Refused("to", "invalid_to", $"'{request.To}' is not a phone number that can receive SMS: {to.Error ?? "use E.164, such as +14155550123"}.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var contact = await RecipientThread.FindContactAsync(db, to.Value!, ct);
        if (contact is { OptedOut: true })
        {
            return OutboundResult.Refused("to", "recipient_opted_out",
                $"{to.Value} has opted out (replied STOP); nothing was sent. They can text START to opt back in.", StatusCodes.Status422UnprocessableEntity);
        }

        if (account.TestMode && !await db.VerifiedNumbers.AnyAsync(v => v.Phone == to.Value, ct))
        {
            return OutboundResult.Refused("to", "unverified_recipient",
                $"Test mode (TWILIO_TEST_MODE) only sends to verified numbers, and {to.Value} is not one. Add it under /api/v1/delivery/verified-numbers.",
                StatusCodes.Status422UnprocessableEntity);
        }

        var composition = await composer.ComposeAsync(request, contact, ct);
        if (composition.Problem is { } problem)
        {
            return new OutboundResult(null, problem);
        }

        var (number, senderProblem) = await senders.ChooseAsync(request.From, contact, ct);
        if (senderProblem is not null)
        {
            return new OutboundResult(null, senderProblem);
        }

        contact ??= RecipientThread.NewContact(db, to.Value!, now);
        var conversation = await RecipientThread.TouchConversationAsync(db, contact, number!, composition.Body, now, ct);
        var segments = SegmentCalculator.Calculate(composition.Body);
        var due = request.SendAt?.UtcDateTime is { } at && at > now ? at : now;
        var message = new Message
        {
            Direction = MessageDirection.Outbound, From = number!.E164, To = to.Value!, Body = composition.Body,
            Status = due > now ? MessageStatus.Scheduled : MessageStatus.Queued, QueuedAt = now,
            Segments = segments.Segments,
            Encoding = segments.Encoding == Twilio.Messaging.MessageEncoding.Ucs2 ? Messaging.MessageEncoding.Ucs2 : Messaging.MessageEncoding.Gsm7,
            ContactId = contact.Id, ConversationId = conversation.Id, CreatedAt = now, UpdatedAt = now,
        };
        db.Messages.Add(message);
        db.OutboxMessages.Add(new OutboxMessage { MessageId = message.Id, DueAt = due, CreatedAt = now });
        db.MessageStatusChanges.Add(new MessageStatusChange
        {
            MessageId = message.Id, Status = message.Status, Applied = true, Source = StatusSource.Outbox, OccurredAt = now,
        });
        if (composition.Template is { } template)
        {
            template.UsageCount++;
        }

        return new OutboundResult(message, null);
    }
}
