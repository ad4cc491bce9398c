using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Conversations;
using Switchboard.Sandbox;

namespace Switchboard.Tests.Inbound;

/// <summary>A customer texts the sandbox number through the emulator; the result shows through the API.</summary>
public sealed class SandboxInboundFlowTests(InboundApp inbound) : IClassFixture<InboundApp>
{
    [Fact]
    public async Task ACustomerTextingTheSandboxNumberBecomesALeadWithAConversationVisibleThroughTheApi()
    {
        var phone = InboundApp.NewPhone();
        var sid = await CustomerTextsAsync(phone, "Do you have a table for 4 tonight?");
        await inbound.ProcessedAsync(sid);
        using var api = inbound.Api();

        var contacts = await api.GetFromJsonAsync<JsonElement>($"/api/v1/contacts?phone={Uri.EscapeDataString(phone)}");
        var contact = Assert.Single(contacts.GetProperty("items").EnumerateArray());
        Assert.Equal("sms", contact.GetProperty("leadSource").GetString());
        Assert.Equal("Do you have a table for 4 tonight?", contact.GetProperty("firstMessage").GetString());
        Assert.True(contact.GetProperty("smsEnabled").GetBoolean());
        var contactId = contact.GetProperty("id").GetString();

        var conversations = await api.GetFromJsonAsync<JsonElement>($"/api/v1/conversations?contactId={contactId}");
        var conversation = Assert.Single(conversations.GetProperty("items").EnumerateArray());
        Assert.Equal("open", conversation.GetProperty("status").GetString());
        Assert.Equal(1, conversation.GetProperty("unreadCount").GetInt32());
        Assert.Equal(InboundApp.BusinessNumber, conversation.GetProperty("phoneNumber").GetString());
        Assert.Equal("Do you have a table for 4 tonight?", conversation.GetProperty("lastMessagePreview").GetString());

        var thread = await api.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{conversation.GetProperty("id").GetString()}/messages");
        var message = Assert.Single(thread.GetProperty("items").EnumerateArray());
        Assert.Equal(("inbound", "received", sid), (message.GetProperty("direction").GetString(), message.GetProperty("status").GetString(), message.GetProperty("twilioSid").GetString()));
        Assert.Equal(1, thread.GetProperty("total").GetInt32());
        Assert.False(thread.GetProperty("hasMore").GetBoolean());

        var byFilter = await api.GetFromJsonAsync<JsonElement>($"/api/v1/messages?direction=inbound&status=received&from={Uri.EscapeDataString(phone)}");
        Assert.Equal(sid, Assert.Single(byFilter.GetProperty("items").EnumerateArray()).GetProperty("twilioSid").GetString());
        var ofContact = await api.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{contactId}/messages");
        Assert.Single(ofContact.GetProperty("items").EnumerateArray());

        var events = await inbound.QueryAsync(db => db.Events.Where(e => e.Data.Contains(contactId!)).Select(e => e.Type).ToListAsync());
        Assert.Contains("sms_received", events);
        Assert.Contains("contact_created", events);
        Assert.Contains("conversation_opened", events);
    }

    [Fact]
    public async Task ANewMessageReopensAClosedConversationAndCountsUnread()
    {
        var phone = InboundApp.NewPhone();
        await inbound.ProcessedAsync(await CustomerTextsAsync(phone, "first"));
        await inbound.QueryAsync(db => db.Conversations.Where(c => db.Contacts.Any(k => k.Id == c.ContactId && k.Phone == phone))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ConversationStatus.Closed)));

        await inbound.ProcessedAsync(await CustomerTextsAsync(phone, "second"));

        var conversation = await inbound.QueryAsync(db => db.Conversations.SingleAsync(c => db.Contacts.Any(k => k.Id == c.ContactId && k.Phone == phone)));
        Assert.Equal((ConversationStatus.Open, 2, "second"), (conversation.Status, conversation.UnreadCount, conversation.LastMessagePreview));
        var contact = await inbound.QueryAsync(db => db.Contacts.SingleAsync(k => k.Phone == phone));
        Assert.Equal("first", contact.FirstMessage);
        var opened = await inbound.QueryAsync(db => db.Events.CountAsync(e => e.Type == "conversation_opened" && e.Data.Contains(conversation.Id.ToString())));
        Assert.Equal(2, opened);
    }

    private async Task<string> CustomerTextsAsync(string phone, string body)
    {
        var emulator = await inbound.App.Services.GetRequiredService<SandboxEmulator>().Started;
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var response = await client.PostAsJsonAsync("/_emulator/sms", new { from = phone, to = InboundApp.BusinessNumber, body });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, result.GetProperty("webhookStatus").GetInt32());
        return result.GetProperty("messageSid").GetString()!;
    }
}
