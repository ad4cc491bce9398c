using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Switchboard.Inbound;
using Switchboard.Messaging;
using Switchboard.Twilio.Webhooks;

namespace Switchboard.Tests.Inbound;

public sealed class InboundWebhookTests(InboundApp inbound) : IClassFixture<InboundApp>
{
    [Theory]
    [MemberData(nameof(InboundWebhookCases.Names), MemberType = typeof(InboundWebhookCases))]
    public async Task EachSignedWebhookCaseAnswersItsStatusAndStoresItsResult(string name)
    {
        var c = InboundWebhookCases.All.Single(x => x.Name == name);
        var phone = InboundApp.NewPhone();
        if (c.Before is not null)
        {
            var before = InboundApp.Sms(phone, c.Before);
            Assert.Equal(HttpStatusCode.OK, (await inbound.PostAsync(before)).StatusCode);
            await inbound.ProcessedAsync(before["MessageSid"]);
        }

        var form = InboundApp.Sms(phone, "Hi, is the shop open on Sunday?");
        c.Shape(form);
        var sid = form["MessageSid"];

        var response = await SendAsync(c, form);
        if (c.Repeated)
        {
            response = await SendAsync(c, form);
        }

        Assert.Equal(c.Status, (int)response.StatusCode);
        if (c.Status == 200)
        {
            Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<Response", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        if (!c.Expect.Stored)
        {
            // Storing happens before the answer, so there is nothing to wait for.
            Assert.False(await inbound.QueryAsync(db => db.WebhookEvents.AnyAsync(e => e.DedupeKey == ReceiveInboundSms.DedupeKey(sid))));
            return;
        }

        await inbound.ProcessedAsync(sid);
        await AssertStoredAsync(c, form, phone);
    }

    private async Task AssertStoredAsync(WebhookCase c, Dictionary<string, string> form, string phone)
    {
        var sid = form["MessageSid"];
        var stored = await inbound.QueryAsync(async db => new
        {
            Events = await db.WebhookEvents.Where(e => e.DedupeKey == ReceiveInboundSms.DedupeKey(sid)).ToListAsync(),
            Message = await db.Messages.SingleAsync(m => m.TwilioSid == sid),
            Contact = await db.Contacts.SingleAsync(x => x.Phone == phone),
        });
        var webhookEvent = Assert.Single(stored.Events);
        var kept = WebhookParameters.Parse(webhookEvent.RawBody);
        foreach (var (key, value) in form)
        {
            Assert.Equal(value, kept[key]);
        }

        Assert.Equal(form["Body"], stored.Message.Body);
        Assert.Equal(stored.Contact.Id, stored.Message.ContactId);
        Assert.Equal("sms", stored.Contact.LeadSource);
        Assert.True(stored.Contact.SmsEnabled);
        var media = await inbound.QueryAsync(db => db.MessageMedia.Where(m => m.MessageId == stored.Message.Id).OrderBy(m => m.Position).ToListAsync());
        Assert.Equal(c.Expect.Media, media.Count);
        if (c.Expect.Media > 0)
        {
            Assert.Equal(form["MediaUrl1"], media[1].Url);
            Assert.Equal("video/mp4", media[1].ContentType);
        }

        if (c.Expect.OptedOut is { } optedOut)
        {
            Assert.Equal(optedOut, stored.Contact.OptedOut);
        }

        // The help text goes out through the outbox, committed with the inbound message.
        var replies = await inbound.QueryAsync(db => db.Messages
            .Where(m => m.ContactId == stored.Contact.Id && m.Direction == MessageDirection.Outbound).ToListAsync());
        Assert.Equal(c.Expect.HelpReply, replies.Count == 1);
        Assert.All(replies, reply => Assert.Equal(stored.Message.To, reply.From));
    }

    private async Task<HttpResponseMessage> SendAsync(WebhookCase c, Dictionary<string, string> form)
    {
        using var client = new HttpClient();
        switch (c.Signing)
        {
            case Signing.Json:
                using (var json = TwilioWebhookSigner.CreateJsonRequest(inbound.AuthToken, inbound.SmsUrl, JsonSerializer.Serialize(form)))
                {
                    return await client.SendAsync(json);
                }

            case Signing.MissingHeader:
                using (var unsigned = TwilioWebhookSigner.CreateFormRequest(inbound.AuthToken, inbound.SmsUrl, form))
                {
                    unsigned.Headers.Remove(TwilioSignature.HeaderName);
                    return await client.SendAsync(unsigned);
                }

            case Signing.OtherOrganisationsToken when c.Name == "bad signature":
                using (var tampered = TwilioWebhookSigner.CreateFormRequest(inbound.AuthToken, inbound.SmsUrl, InboundApp.Sms(form["From"], "original", form["MessageSid"])))
                {
                    tampered.Content = new FormUrlEncodedContent(form);
                    return await client.SendAsync(tampered);
                }

            case Signing.OtherOrganisationsToken:
                return await inbound.PostAsync(form, token: "another-organisations-auth-token-00000");
            default:
                return await inbound.PostAsync(form, client: client);
        }
    }
}
