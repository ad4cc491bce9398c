using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Messaging;
using Switchboard.Tenancy;
using Switchboard.Twilio.Rest;

namespace Switchboard.Delivery;

/// <summary>
/// Answers "did Twilio get this message after all?" for a send whose outcome is unknown: lists
/// Twilio's messages between the same two numbers, newest first, back to shortly before the call,
/// and takes one with the same body whose sid no message of ours already holds.
/// </summary>
public sealed class TwilioMessageLookup(SwitchboardDbContext db, ITenantContext tenant)
{
    // Clocks differ between us and Twilio; look a little further back than the call.
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(2);

    public async Task<MessageResource?> FindAsync(TwilioRestClient twilio, Message message, DateTime calledAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(twilio);
        ArgumentNullException.ThrowIfNull(message);
        var since = new DateTimeOffset(calledAt - Skew, TimeSpan.Zero);
        await foreach (var candidate in twilio.Messages.ListAsync(new() { To = message.To, From = message.From }, pageSize: 50, cancellationToken: ct))
        {
            if (candidate.DateCreated is { } created && created < since)
            {
                return null;
            }

            if (candidate.Sid is { } sid && candidate.Body == message.Body && !await KnownAsync(sid, ct))
            {
                return candidate;
            }
        }

        return null;
    }

    private async Task<bool> KnownAsync(string sid, CancellationToken ct)
    {
        using (tenant.AsSystem())
        {
            return await db.Messages.AnyAsync(m => m.TwilioSid == sid, ct);
        }
    }
}
