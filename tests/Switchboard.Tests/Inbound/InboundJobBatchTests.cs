using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Switchboard.Inbound.Jobs;
using Switchboard.Inbound.Writes;
using Switchboard.Messaging;

namespace Switchboard.Tests.Inbound;

public sealed class InboundJobBatchTests : IAsyncLifetime
{
    // The worker only runs when poked; rows stored straight through the store never poke it, so
    // these tests claim and run them themselves, all stored rows in one batch.
    private readonly InboundApp inbound = InboundApp.With(new Dictionary<string, string?> { ["Inbound:PollInterval"] = "01:00:00" });

    public Task InitializeAsync() => inbound.InitializeAsync();

    public Task DisposeAsync() => inbound.DisposeAsync();

    [Fact]
    public async Task AJobThatFailsInsideABatchIsHandedBackAloneWhileTheOthersAreCommitted()
    {
        var organizationId = await InboundRows.OrganizationAsync(inbound);
        var healthy = InboundApp.Sms(InboundApp.NewPhone(), "healthy");
        var broken = InboundApp.Sms(InboundApp.NewPhone(), "broken");
        broken.Remove("From");
        var alsoHealthy = InboundApp.Sms(InboundApp.NewPhone(), "also healthy");
        await InboundRows.StoreAsync(
            inbound, InboundRows.Write(organizationId, healthy), InboundRows.Write(organizationId, broken), InboundRows.Write(organizationId, alsoHealthy));

        var (claimed, failed) = await ClaimAndRunOneBatchAsync();

        Assert.Equal(3, claimed.Count);
        var failure = Assert.Single(failed);
        Assert.Contains("From", failure.Error.Message, StringComparison.Ordinal);
        var sids = await inbound.QueryAsync(db => db.Messages.Select(m => m.TwilioSid).ToListAsync());
        Assert.Contains(healthy["MessageSid"], sids);
        Assert.Contains(alsoHealthy["MessageSid"], sids);
        Assert.DoesNotContain(broken["MessageSid"], sids);
        var brokenJob = await inbound.QueryAsync(db => db.InboundJobs.SingleAsync(j => j.Id == failure.Job.Id));
        Assert.Null(brokenJob.DoneAt);
        Assert.Equal(2, await inbound.QueryAsync(db => db.InboundJobs.CountAsync(j => j.DoneAt != null && claimed.Select(c => c.Id).Contains(j.Id))));
    }

    [Fact]
    public async Task TwoMessagesFromOneNewNumberInOneBatchMakeOneLeadWithOneConversationAndTheirEventsInOrder()
    {
        var phone = InboundApp.NewPhone();
        var first = InboundApp.Sms(phone, "Hi, are you open on Sunday?");
        var second = InboundApp.Sms(phone, "And do you take card?");
        // Stored in one group-commit batch, the second one arriving a moment after the first.
        await StoreInOrderAsync(first, second);

        var (claimed, failed) = await ClaimAndRunOneBatchAsync();

        Assert.Equal(2, claimed.Count);
        Assert.Empty(failed);
        var contact = Assert.Single(await inbound.QueryAsync(db => db.Contacts.Where(c => c.Phone == phone).ToListAsync()));
        Assert.Equal(("sms", "Hi, are you open on Sunday?", true), (contact.LeadSource, contact.FirstMessage, contact.SmsEnabled));
        var received = await inbound.QueryAsync(db => db.Messages.Where(m => m.ContactId == contact.Id).OrderBy(m => m.ReceivedAt).ToListAsync());
        Assert.Equal([first["MessageSid"], second["MessageSid"]], received.Select(m => m.TwilioSid));
        Assert.Equal(received[1].ReceivedAt, contact.LastSmsAt);
        var conversation = Assert.Single(await inbound.QueryAsync(db => db.Conversations.Where(c => c.ContactId == contact.Id).ToListAsync()));
        Assert.Equal((2, "And do you take card?"), (conversation.UnreadCount, conversation.LastMessagePreview));
        Assert.All(received, m => Assert.Equal(conversation.Id, m.ConversationId));
        Assert.Equal(["contact_created", "conversation_opened", "sms_received", "sms_received"], await EventsOfAsync(contact.Id));
        var smsReceived = await inbound.QueryAsync(db => db.Events.Where(e => e.Type == "sms_received" && e.Data.Contains(contact.Id.ToString()))
            .OrderBy(e => e.Id).Select(e => e.Data).ToListAsync());
        Assert.Contains(first["MessageSid"], smsReceived[0], StringComparison.Ordinal);
        Assert.Contains(second["MessageSid"], smsReceived[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStopThenHelpThenStartInOneBatchAreAppliedInOrder()
    {
        var phone = InboundApp.NewPhone();
        await StoreInOrderAsync(InboundApp.Sms(phone, "STOP"), InboundApp.Sms(phone, "HELP"), InboundApp.Sms(phone, "START"));

        var (_, failed) = await ClaimAndRunOneBatchAsync();

        Assert.Empty(failed);
        var contact = await inbound.QueryAsync(db => db.Contacts.SingleAsync(c => c.Phone == phone));
        Assert.False(contact.OptedOut);
        var changes = await inbound.QueryAsync(db => db.ConsentChanges.Where(c => c.ContactId == contact.Id).Select(c => new { c.OptedOut, c.Detail }).ToListAsync());
        Assert.Equal([(false, "START"), (true, "STOP")], changes.Select(c => (c.OptedOut, c.Detail)).Order());
        var consentEvents = await inbound.QueryAsync(db => db.Events.Where(e => e.Type == "consent_changed" && e.Data.Contains(contact.Id.ToString()))
            .OrderBy(e => e.Id).Select(e => e.Data).ToListAsync());
        Assert.Equal([true, false], consentEvents.Select(data => JsonDocument.Parse(data).RootElement.GetProperty("optedOut").GetBoolean()));
        // HELP came while they were opted out: no help text, as Twilio does.
        Assert.False(await inbound.QueryAsync(db => db.Messages.AnyAsync(m => m.ContactId == contact.Id && m.Direction == MessageDirection.Outbound)));
        Assert.Equal(
            ["contact_created", "conversation_opened", "sms_received", "consent_changed", "sms_received", "sms_received", "consent_changed"],
            await EventsOfAsync(contact.Id));
    }

    private async Task StoreInOrderAsync(params Dictionary<string, string>[] forms)
    {
        var organizationId = await InboundRows.OrganizationAsync(inbound);
        var writes = forms.Select(form => InboundRows.Write(organizationId, form)).ToArray();
        var start = writes[0].Event.ReceivedAt;
        for (var i = 0; i < writes.Length; i++)
        {
            writes[i].Event.ReceivedAt = start.AddMilliseconds(i);
        }

        await InboundRows.StoreAsync(inbound, writes);
    }

    private Task<List<string>> EventsOfAsync(Guid contactId) =>
        inbound.QueryAsync(db => db.Events.Where(e => e.Data.Contains(contactId.ToString())).OrderBy(e => e.Id).Select(e => e.Type).ToListAsync());

    private async Task<(IReadOnlyList<ClaimedJob> Claimed, IReadOnlyList<(ClaimedJob Job, Exception Error)> Failed)> ClaimAndRunOneBatchAsync()
    {
        var settings = inbound.App.Services.GetRequiredService<IOptions<InboundOptions>>().Value;
        IReadOnlyList<ClaimedJob> claimed;
        await using (var scope = inbound.App.Services.CreateAsyncScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<InboundJobClaims>().ClaimAsync("test", settings, CancellationToken.None);
        }

        await using (var scope = inbound.App.Services.CreateAsyncScope())
        {
            return (claimed, await scope.ServiceProvider.GetRequiredService<InboundJobBatch>().RunAsync(claimed, CancellationToken.None));
        }
    }
}
