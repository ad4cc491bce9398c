using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Inbound;
using Switchboard.Inbound.Jobs;
using Switchboard.Inbound.Writes;

namespace Switchboard.Tests.Inbound;

/// <summary>Inbound rows written straight through the group-commit store, as the writer would, without poking the worker.</summary>
internal static class InboundRows
{
    public static async Task<Guid> OrganizationAsync(InboundApp inbound) =>
        await inbound.QueryAsync(db => db.PhoneNumbers.Where(n => n.E164 == InboundApp.BusinessNumber).Select(n => n.OrganizationId).SingleAsync());

    public static InboundWrite Write(Guid organizationId, IReadOnlyDictionary<string, string> form)
    {
        var now = DateTime.UtcNow;
        var webhookEvent = new WebhookEvent
        {
            OrganizationId = organizationId, Kind = WebhookEventKind.Sms, DedupeKey = ReceiveInboundSms.DedupeKey(form["MessageSid"]),
            Url = "/webhooks/twilio/sms", RawBody = new FormUrlEncodedContent(form).ReadAsStringAsync().GetAwaiter().GetResult(),
            SignatureValid = true, ReceivedAt = now,
        };
        return new InboundWrite(webhookEvent, new InboundJob
        {
            OrganizationId = organizationId, Kind = InboundJobKind.Sms, WebhookEventId = webhookEvent.Id, RunAt = now, CreatedAt = now,
        });
    }

    public static Task<IReadOnlyList<InboundWriteOutcome>> StoreAsync(InboundApp inbound, params InboundWrite[] writes) =>
        inbound.App.Services.GetRequiredService<IInboundBatchStore>().StoreAsync(writes, CancellationToken.None);
}
