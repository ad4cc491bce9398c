using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Tenancy;

namespace Switchboard.Delivery;

/// <summary>
/// <c>POST /webhooks/twilio/sms/status</c> (signature checked by the group): hands the report to
/// the group-commit writer, which finds the message by our <c>mid</c>, else by sid, and records
/// the status. Answered after the commit; always 200 for a report we have or will never have, so
/// Twilio does not retry it.
/// </summary>
public static class ReceiveStatusCallback
{
    public static async Task<Ok> HandleAsync(HttpRequest request, ITenantContext tenant, StatusCallbackWriter writer, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(writer);
        var form = await request.ReadFormAsync(ct);
        var sid = form["MessageSid"].ToString();
        var status = MessageStatusWriter.Parse(form["MessageStatus"].ToString());
        if (status is null || sid.Length == 0)
        {
            return TypedResults.Ok();
        }

        Guid? mid = Guid.TryParse(request.Query[StatusCallbackUrl.MessageIdParameter], out var id) ? id : null;
        int? errorCode = int.TryParse(form["ErrorCode"], out var code) ? code : null;
        var errorMessage = form["ErrorMessage"].ToString() is { Length: > 0 } text ? text : null;
        var rawDlr = form["RawDlrDoneDate"].ToString() is { Length: > 0 } dlr ? dlr : null;
        var report = new MessageStatusWriter.Report(status.Value, time.GetUtcNow().UtcDateTime, StatusSource.Callback, errorCode, errorMessage, rawDlr);
        await writer.WriteAsync(new StatusCallbackWrite(tenant.IsSystem ? null : tenant.OrganizationId, mid, sid, report), ct);
        return TypedResults.Ok();
    }
}
