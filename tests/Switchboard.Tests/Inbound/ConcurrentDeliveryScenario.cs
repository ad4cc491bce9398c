using System.Net;
using Microsoft.EntityFrameworkCore;
using Switchboard.Inbound;

namespace Switchboard.Tests.Inbound;

/// <summary>Twilio delivering one message many times at once: every copy is acknowledged, one is kept.</summary>
internal static class ConcurrentDeliveryScenario
{
    public const int Deliveries = 1000;

    public static async Task StoresExactlyOneMessageAsync(InboundApp inbound)
    {
        var form = InboundApp.Sms(InboundApp.NewPhone(), "Same message, delivered many times");
        var sid = form["MessageSid"];
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };

        var statuses = await Task.WhenAll(Enumerable.Range(0, Deliveries).Select(async _ =>
        {
            using var response = await inbound.PostAsync(form, client: client);
            return response.StatusCode;
        }));

        var failed = statuses.Count(status => status != HttpStatusCode.OK);
        Assert.True(failed == 0, $"{failed} of {Deliveries} deliveries were not answered 200. App errors:\n"
            + string.Join('\n', inbound.App.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal))
                .Select(l => l.Length > 600 ? l[..600] : l).Distinct().Take(5)));
        await inbound.DrainedAsync();
        var counts = await inbound.QueryAsync(async db => (
            Events: await db.WebhookEvents.CountAsync(e => e.DedupeKey == ReceiveInboundSms.DedupeKey(sid)),
            Jobs: await db.InboundJobs.CountAsync(),
            Messages: await db.Messages.CountAsync(m => m.TwilioSid == sid)));
        Assert.Equal((1, 1, 1), counts);
    }
}
