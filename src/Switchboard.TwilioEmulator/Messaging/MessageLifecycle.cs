using System.Globalization;

namespace Switchboard.TwilioEmulator.Messaging;

/// <summary>
/// Moves outbound messages through Twilio's lifecycle: <c>queued</c> → (paced per sender, in
/// segments per second) <c>sending</c> → <c>sent</c> → <c>delivered</c> | <c>undelivered</c>, or
/// <c>failed</c>, as the outcome rules say. Every change after <c>queued</c> posts a signed status
/// callback, in order per message. Time comes from the <see cref="Scheduler"/>'s clock only.
/// </summary>
public sealed partial class MessageLifecycle(EmulatorState state, Scheduler scheduler, WebhookSender webhooks, EmulatorOptions options)
{
    private const decimal SmsPrice = 0.0079m;
    private const decimal MmsPrice = 0.0200m;

    private readonly Dictionary<string, SenderQueue> senders = new(StringComparer.Ordinal);

    /// <summary>How long a sender may be kept busy by its queue (FACTS 10): 10 hours of traffic.</summary>
    public static readonly TimeSpan MaxQueueTime = TimeSpan.FromSeconds(36000);

    /// <summary>
    /// Queues a stored <c>queued</c> message behind earlier ones from the same sender. A message
    /// still queued after <paramref name="validity"/> fails with 30001, as on Twilio.
    /// </summary>
    public void Enqueue(MessageRecord message, DateTimeOffset queuedAt, TimeSpan? validity = null)
    {
        var sender = message.From ?? "";
        bool pump;
        lock (state.Gate)
        {
            if (!senders.TryGetValue(sender, out var queue))
            {
                senders[sender] = queue = new SenderQueue();
            }

            queue.Waiting.Enqueue((message, queuedAt));
            queue.WaitingTime += Interval(sender, message.NumSegments);
            pump = !queue.PumpScheduled;
            queue.PumpScheduled = true;
        }

        if (pump)
        {
            scheduler.Schedule(queuedAt, () => Pump(sender));
        }

        var expiry = queuedAt + (validity ?? MaxQueueTime);
        scheduler.Schedule(expiry, () => Expire(message, expiry));
    }

    /// <summary>
    /// True when a new message from <paramref name="sender"/> would wait longer than the sender's
    /// queue allows (API error 21611).
    /// </summary>
    public bool WouldOverflow(string sender)
    {
        lock (state.Gate)
        {
            if (!senders.TryGetValue(sender, out var queue))
            {
                return false;
            }

            var now = scheduler.Now;
            var busyUntil = queue.NextFree > now ? queue.NextFree : now;
            return busyUntil - now + queue.WaitingTime > MaxQueueTime;
        }
    }

    private void Expire(MessageRecord message, DateTimeOffset at)
    {
        lock (state.Gate)
        {
            if (message.Status == MessageStatus.Queued)
            {
                Fail(message, MessageStatus.Failed, 30001, at);
            }
        }
    }

    /// <summary>Cancels a message that has not left its sender's queue yet.</summary>
    public bool TryCancel(MessageRecord message)
    {
        lock (state.Gate)
        {
            if (message.Status is not (MessageStatus.Queued or MessageStatus.Scheduled))
            {
                return false;
            }

            SetStatus(message, MessageStatus.Canceled, scheduler.Now);
            return true;
        }
    }

    /// <summary>Takes a deleted message out of its sender's queue without a callback.</summary>
    public void Withdraw(MessageRecord message)
    {
        lock (state.Gate)
        {
            if (message.Status is MessageStatus.Queued or MessageStatus.Scheduled)
            {
                message.Status = MessageStatus.Canceled;
            }
        }
    }

    /// <summary>Forgets every queue (the emulator reset); messages in flight are dropped with them.</summary>
    public void Reset()
    {
        lock (state.Gate)
        {
            senders.Clear();
        }

        scheduler.Clear();
    }

    private void Release(MessageRecord message, DateTimeOffset at)
    {
        var rule = state.OutcomeFor(message.To);
        message.Outcome = rule;
        if (message.From is { } from && PhoneNumbers.KindOf(from) == SenderKind.TollFree && state.IsOptedOut(from, message.To))
        {
            // Toll-free opt-outs are enforced by the carrier, after the API accepted the send (FACTS 6).
            rule = new OutcomeRule(message.To, MessageStatus.Undelivered, 30004, TimeSpan.Zero);
        }

        if (rule?.Status == MessageStatus.Failed)
        {
            Fail(message, MessageStatus.Failed, rule.ErrorCode ?? DeliveryErrors.DefaultFailed, at);
            return;
        }

        message.DateSent = at;
        SetStatus(message, MessageStatus.Sending, at);
        var unit = message.MediaUrls.Count > 0 ? MmsPrice : SmsPrice;
        message.Price = (-unit * message.NumSegments).ToString("0.00000", CultureInfo.InvariantCulture);
        SetStatus(message, MessageStatus.Sent, at);

        var final = rule?.Status ?? MessageStatus.Delivered;
        if (final == MessageStatus.Sent)
        {
            return;
        }

        var errorCode = rule?.ErrorCode ?? DeliveryErrors.DefaultUndelivered;
        var due = at + (rule?.Delay ?? TimeSpan.Zero);
        scheduler.Schedule(due, () => Finish(message, final, errorCode, due));
    }

    private void Finish(MessageRecord message, string status, int errorCode, DateTimeOffset at)
    {
        lock (state.Gate)
        {
            if (message.Status != MessageStatus.Sent)
            {
                return;
            }

            if (status == MessageStatus.Delivered)
            {
                SetStatus(message, MessageStatus.Delivered, at);
                state.AppendToHandset(new HandsetMessage(message.Sid, message.From ?? "", message.To, message.Body, message.MediaUrls, at));
            }
            else
            {
                Fail(message, status, errorCode, at);
            }
        }
    }

    private void Fail(MessageRecord message, string status, int errorCode, DateTimeOffset at)
    {
        message.ErrorCode = errorCode;
        message.ErrorMessage = DeliveryErrors.MessageFor(errorCode);
        SetStatus(message, status, at);
    }
}
