using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Messaging;

namespace Switchboard.Delivery;

/// <summary>
/// <c>POST /webhooks/twilio/sms/status</c> (signature checked by the group): finds the message by
/// our <c>mid</c>, else by sid, and records the status. Always 200, so Twilio does not retry what
/// we have or will never have.
/// </summary>
public static class ReceiveStatusCallback
{
    public static async Task<Ok> HandleAsync(HttpRequest request, SwitchboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = await request.ReadFormAsync(ct);
        var sid = form["MessageSid"].ToString();
        var status = MessageStatusWriter.Parse(form["MessageStatus"].ToString());
        if (status is null || sid.Length == 0)
        {
            return TypedResults.Ok();
        }

        Message? message = null;
        if (Guid.TryParse(request.Query[StatusCallbackUrl.MessageIdParameter], out var mid))
        {
            message = await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mid, ct);
        }

        message ??= await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.TwilioSid == sid, ct);
        if (message is null)
        {
            return TypedResults.Ok();
        }

        if (message.TwilioSid is null)
        {
            // The callback beat the API answer (or the answer was lost in a crash): the sid is ours now.
            await db.Messages.Where(m => m.Id == message.Id && m.TwilioSid == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.TwilioSid, sid), ct);
            message.TwilioSid = sid;
        }

        int? errorCode = int.TryParse(form["ErrorCode"], out var code) ? code : null;
        var errorMessage = form["ErrorMessage"].ToString() is { Length: > 0 } text ? text : null;
        var rawDlr = form["RawDlrDoneDate"].ToString() is { Length: > 0 } dlr ? dlr : null;
        await MessageStatusWriter.ApplyAsync(db, message,
            new(status.Value, time.GetUtcNow().UtcDateTime, StatusSource.Callback, errorCode, errorMessage, rawDlr), ct);
        return TypedResults.Ok();
    }
}
