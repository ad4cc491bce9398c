using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Switchboard.Messaging;

namespace Switchboard.Tests.Inbound;

/// <summary>What an agent does with the inbox over the API: statuses, read marks, attachments, the HELP reply.</summary>
public sealed class InboxApiTests(InboundApp inbound) : IClassFixture<InboundApp>
{
    private async Task<string> TextAsync(string phone, string body, Action<Dictionary<string, string>>? extra = null)
    {
        var form = InboundApp.Sms(phone, body);
        extra?.Invoke(form);
        Assert.Equal(HttpStatusCode.OK, (await inbound.PostAsync(form)).StatusCode);
        await inbound.ProcessedAsync(form["MessageSid"]);
        return form["MessageSid"];
    }

    private static async Task<JsonElement> ConversationOfAsync(HttpClient api, string phone) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/conversations?phone={Uri.EscapeDataString(phone)}")).GetProperty("items")[0];

    [Fact]
    public async Task AnAgentClosesAConversationAndTheCustomersNextTextReopensIt()
    {
        using var api = inbound.Api();
        var phone = InboundApp.NewPhone();
        await TextAsync(phone, "is my order ready?");
        var id = (await ConversationOfAsync(api, phone)).GetProperty("id").GetString();

        var closed = await api.PatchAsJsonAsync($"/api/v1/conversations/{id}", new { status = "closed" });
        var whileClosed = await api.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{id}");
        await TextAsync(phone, "one more thing");
        var afterText = await api.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{id}");

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("closed", (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("closed", whileClosed.GetProperty("status").GetString());
        Assert.Equal("open", afterText.GetProperty("status").GetString());
        var change = await inbound.QueryAsync(db => db.Events.Where(e => e.Type == "conversation_status_changed" && e.Data.Contains(id!)).SingleAsync());
        var data = JsonDocument.Parse(change.Data).RootElement;
        Assert.Equal(("closed", "open"), (data.GetProperty("status").GetString(), data.GetProperty("previousStatus").GetString()));
    }

    [Fact]
    public async Task MarkingAConversationReadClearsItsUnreadCount()
    {
        using var api = inbound.Api();
        var phone = InboundApp.NewPhone();
        await TextAsync(phone, "hello");
        await TextAsync(phone, "anyone there?");
        var before = await ConversationOfAsync(api, phone);
        var id = before.GetProperty("id").GetString();

        var read = await api.PostAsync($"/api/v1/conversations/{id}/read", null);

        Assert.Equal(2, before.GetProperty("unreadCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(0, (await ConversationOfAsync(api, phone)).GetProperty("unreadCount").GetInt32());
    }

    [Theory]
    [InlineData("{\"status\":\"archived\"}")]
    [InlineData("{\"status\":\"2\"}")]
    [InlineData("{}")]
    public async Task AnUnknownConversationStatusIsAProblemNamingTheField(string json)
    {
        using var api = inbound.Api();
        var phone = InboundApp.NewPhone();
        await TextAsync(phone, "hi");
        var id = (await ConversationOfAsync(api, phone)).GetProperty("id").GetString();

        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await api.PatchAsync($"/api/v1/conversations/{id}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _), problem.ToString());
        Assert.Equal("open", (await ConversationOfAsync(api, phone)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AMissingConversationIsNotFound()
    {
        using var api = inbound.Api();

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/conversations/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/v1/conversations/{Guid.NewGuid()}/read", null)).StatusCode);
    }

    [Fact]
    public async Task MessagesShowTheirMmsAttachmentsInOrder()
    {
        using var api = inbound.Api();
        var phone = InboundApp.NewPhone();
        string[] urls = ["https://api.twilio.com/media/ME1", "https://api.twilio.com/media/ME2"];
        await TextAsync(phone, "photos", form =>
        {
            form["NumMedia"] = "2";
            form["MediaUrl0"] = urls[0];
            form["MediaContentType0"] = "image/jpeg";
            form["MediaUrl1"] = urls[1];
            form["MediaContentType1"] = "image/png";
        });
        await TextAsync(phone, "plain text");

        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/messages?from={Uri.EscapeDataString(phone)}");
        var withMedia = list.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("body").GetString() == "photos");
        var plain = list.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("body").GetString() == "plain text");
        var one = await api.GetFromJsonAsync<JsonElement>($"/api/v1/messages/{withMedia.GetProperty("id").GetString()}");

        Assert.Equal(urls, withMedia.GetProperty("media").EnumerateArray().Select(m => m.GetProperty("url").GetString()));
        Assert.Equal(["image/jpeg", "image/png"], withMedia.GetProperty("media").EnumerateArray().Select(m => m.GetProperty("contentType").GetString()));
        Assert.Empty(plain.GetProperty("media").EnumerateArray());
        Assert.Equal(urls, one.GetProperty("message").GetProperty("media").EnumerateArray().Select(m => m.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task TheOrganisationsOwnHelpTextAnswersHelp()
    {
        using var api = inbound.Api();
        const string Help = "Acme Plumbing: call us on 415-555-0100, 8am-6pm. Reply STOP to opt out.";

        var changed = await api.PatchAsJsonAsync("/api/v1/organization", new { helpText = Help });
        var phone = InboundApp.NewPhone();
        await TextAsync(phone, "HELP");
        var reply = await inbound.QueryAsync(db => db.Messages.Where(m => m.To == phone && m.Direction == MessageDirection.Outbound).SingleAsync());
        var reset = await api.PatchAsJsonAsync("/api/v1/organization", new { helpText = "" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.False((await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("helpTextIsDefault").GetBoolean());
        Assert.Equal(Help, reply.Body);
        var afterReset = await reset.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(afterReset.GetProperty("helpTextIsDefault").GetBoolean());
        Assert.Contains("STOP", afterReset.GetProperty("helpText").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"defaultCountry\":\"XX\"}", "defaultCountry")]
    [InlineData("{\"name\":\"  \"}", "name")]
    public async Task BadOrganisationSettingsAreProblemsNamingTheField(string json, string field)
    {
        using var api = inbound.Api();
        var before = await api.GetFromJsonAsync<JsonElement>("/api/v1/organization");

        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await api.PatchAsync("/api/v1/organization", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before.ToString(), (await api.GetFromJsonAsync<JsonElement>("/api/v1/organization")).ToString());
    }
}
