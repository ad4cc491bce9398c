using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Inbound.Jobs;
using Switchboard.Inbound.Writes;
using Switchboard.Tenancy;
using Switchboard.Twilio.TwiML;
using Switchboard.Webhooks;

namespace Switchboard.Inbound;

/// <summary>
/// <c>POST /webhooks/twilio/sms</c>, after the signature filter: store the raw event and its
/// processing job in one transaction, then answer Twilio. Everything else is the worker's.
/// </summary>
public sealed partial class ReceiveInboundSms
{
    public static async Task<ContentHttpResult> HandleAsync(
        HttpContext http, NumberOwnerCache owners, ITenantContext tenant, InboundWriter writer, TimeProvider time,
        ILogger<ReceiveInboundSms> logger, CancellationToken ct)
    {
        var raw = await ReadRawBodyAsync(http.Request, ct);
        // A form was parsed by the signature filter already; only a JSON body is parsed here.
        var parameters = http.Request.HasFormContentType
            ? FromParsedForm(await http.Request.ReadFormAsync(ct))
            : FromJson(WebhookParameters.FromJson(raw));
        var messageSid = parameters("MessageSid") ?? parameters("SmsSid");
        if (string.IsNullOrEmpty(messageSid))
        {
            return TypedResults.Text("MessageSid is missing.", "text/plain", statusCode: StatusCodes.Status400BadRequest);
        }

        // A JSON-bodied webhook names no number before its body is read, so its owner is found here.
        if (tenant.OrganizationId is null && !await ResolveOwnerAsync(owners, tenant, parameters("To"), ct))
        {
            LogUnknownNumber(logger, parameters("To"));
            return Empty();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var organizationId = tenant.OrganizationId ?? throw new TenantNotSetException();
        var webhookEvent = new WebhookEvent
        {
            OrganizationId = organizationId, Kind = WebhookEventKind.Sms, DedupeKey = DedupeKey(messageSid),
            Url = http.Request.Path + http.Request.QueryString, RawBody = raw, SignatureValid = true, ReceivedAt = now,
        };
        var job = new InboundJob
        {
            OrganizationId = organizationId, Kind = InboundJobKind.Sms, WebhookEventId = webhookEvent.Id, RunAt = now, CreatedAt = now,
        };

        // Group commit: this request's rows go into the writer's next batch, and the answer waits
        // for that batch's commit. A failed batch throws here and the request answers 500, so
        // Twilio retries it; nothing of it was stored.
        if (await writer.WriteAsync(new InboundWrite(webhookEvent, job), ct) == InboundWriteOutcome.Duplicate)
        {
            // Twilio retried, or delivered twice at once: the first copy is stored; this one is acknowledged.
            LogDuplicate(logger, messageSid);
        }

        return Empty();
    }

    private static Func<string, string?> FromParsedForm(IFormCollection form) =>
        name => form.TryGetValue(name, out var value) && value.Count > 0 ? value[0] : null;

    private static Func<string, string?> FromJson(WebhookParameters json) => name => json[name];

    public static string DedupeKey(string messageSid) => $"sms:{messageSid}";

    private static ContentHttpResult Empty() => TypedResults.Text(TwimlResponse.Empty, "text/xml", Encoding.UTF8);

    // The body was buffered before the signature filter read the form (InboundFeature), so the
    // text is stored exactly as it arrived.
    private static async Task<string> ReadRawBodyAsync(HttpRequest request, CancellationToken ct)
    {
        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        return await reader.ReadToEndAsync(ct);
    }

    private static async Task<bool> ResolveOwnerAsync(NumberOwnerCache owners, ITenantContext tenant, string? to, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(to))
        {
            return false;
        }

        var owner = await owners.FindOwnerAsync(to, ct);
        if (owner is { } id)
        {
            tenant.Set(id);
        }

        return owner is not null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound SMS {MessageSid} was already stored; acknowledged the repeat")]
    private static partial void LogDuplicate(ILogger logger, string messageSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound SMS for {To} matches no organisation; answered with an empty response")]
    private static partial void LogUnknownNumber(ILogger logger, string? to);
}
