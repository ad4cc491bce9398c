using System.Globalization;

namespace Switchboard.TwilioEmulator.Messaging;

/// <summary>Status callbacks: one signed form POST per status change, in order per message (FACTS 3).</summary>
public sealed partial class MessageLifecycle
{
    /// <summary>Records a status and posts its callback; call under the state lock.</summary>
    private void SetStatus(MessageRecord message, string status, DateTimeOffset at)
    {
        message.Status = status;
        message.DateUpdated = at;
        if (string.IsNullOrEmpty(message.StatusCallback))
        {
            return;
        }

        var parameters = CallbackParameters(message, at);
        if (message.Outcome?.OutOfOrderCallbacks == true)
        {
            message.HeldCallbacks.Add(parameters);
            if (!message.IsFinal)
            {
                return;
            }

            for (var i = message.HeldCallbacks.Count - 1; i >= 0; i--)
            {
                Post(message, message.HeldCallbacks[i]);
            }

            message.HeldCallbacks.Clear();
            return;
        }

        Post(message, parameters);
    }

    private void Post(MessageRecord message, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var times = message.Outcome?.DuplicateCallbacks == true ? 2 : 1;
        for (var i = 0; i < times; i++)
        {
            webhooks.Enqueue(message.Sid, message.StatusCallback!, message.StatusCallbackMethod ?? "POST", parameters);
        }
    }

    private List<KeyValuePair<string, string>> CallbackParameters(MessageRecord m, DateTimeOffset at)
    {
        var p = new List<KeyValuePair<string, string>>
        {
            new("AccountSid", m.AccountSid),
            new("ApiVersion", MessageJson.ApiVersionValue),
            new("From", m.From ?? ""),
            new("To", m.To),
            new("MessageSid", m.Sid),
            new("SmsSid", m.Sid),
            new("MessageStatus", m.Status),
            new("SmsStatus", m.Status),
        };
        if (m.MessagingServiceSid is { } service)
        {
            p.Add(new("MessagingServiceSid", service));
        }

        if (m.Status is MessageStatus.Failed or MessageStatus.Undelivered && m.ErrorCode is { } code)
        {
            p.Add(new("ErrorCode", code.ToString(CultureInfo.InvariantCulture)));
            p.Add(new("ErrorMessage", m.ErrorMessage ?? ""));
        }

        if (m.Status is MessageStatus.Delivered or MessageStatus.Undelivered)
        {
            p.Add(new("RawDlrDoneDate", at.UtcDateTime.ToString("yyMMddHHmm", CultureInfo.InvariantCulture)));
        }

        return p;
    }
}
