using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Contacts;
using Switchboard.Tenancy;

namespace Switchboard.Tests.Inbound;

public sealed class InboundApiTests(InboundApp inbound) : IClassFixture<InboundApp>
{
    [Theory]
    [InlineData("/api/v1/messages?status=bogus", "status")]
    [InlineData("/api/v1/messages?direction=sideways", "direction")]
    [InlineData("/api/v1/messages?contactId=42", "contactId")]
    [InlineData("/api/v1/messages?to=not%20a%20number!", "to")]
    [InlineData("/api/v1/messages?pageSize=500", "pageSize")]
    [InlineData("/api/v1/conversations?page=0", "page")]
    [InlineData("/api/v1/conversations?status=archived", "status")]
    [InlineData("/api/v1/contacts?optedOut=maybe", "optedOut")]
    [InlineData("/api/v1/inbound/jobs?state=stuck", "state")]
    public async Task InvalidFiltersAreProblemDetailsNamingTheField(string url, string field)
    {
        using var api = inbound.Api();

        var response = await api.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task AnotherOrganisationsContactIsNotFound()
    {
        var other = await inbound.QueryAsync(async db =>
        {
            var organization = new Organization { Name = "Other", Slug = $"other-{Guid.NewGuid():N}" };
            var contact = new Contact { OrganizationId = organization.Id, Phone = "+14155550123" };
            db.Organizations.Add(organization);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });
        using var api = inbound.Api();

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/contacts/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/contacts/{other}/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/conversations/{Guid.NewGuid()}/messages")).StatusCode);
        var contacts = await api.GetFromJsonAsync<JsonElement>("/api/v1/contacts?phone=%2B14155550123");
        Assert.Empty(contacts.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task ListsArePagedNewestFirst()
    {
        var phone = InboundApp.NewPhone();
        foreach (var body in new[] { "one", "two", "three" })
        {
            var form = InboundApp.Sms(phone, body);
            await inbound.PostAsync(form);
            await inbound.ProcessedAsync(form["MessageSid"]);
        }

        using var api = inbound.Api();
        var first = await api.GetFromJsonAsync<JsonElement>($"/api/v1/messages?from={Uri.EscapeDataString(phone)}&pageSize=2");
        var second = await api.GetFromJsonAsync<JsonElement>($"/api/v1/messages?from={Uri.EscapeDataString(phone)}&pageSize=2&page=2");

        Assert.Equal(["three", "two"], first.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("body").GetString()));
        Assert.Equal((3, true, 2), (first.GetProperty("total").GetInt32(), first.GetProperty("hasMore").GetBoolean(), first.GetProperty("pageSize").GetInt32()));
        Assert.Equal(["one"], second.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("body").GetString()));
        Assert.False(second.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task EditedConsentKeywordsApplyToTheNextMessage()
    {
        using var api = inbound.Api();
        var defaults = await api.GetFromJsonAsync<JsonElement>("/api/v1/organization/consent-keywords");
        Assert.Contains("ARRÊT", defaults.GetProperty("optOut").EnumerateArray().Select(w => w.GetString()));
        var optOut = defaults.GetProperty("optOut").EnumerateArray().Select(w => w.GetString()!).Append("BASTA").ToArray();

        var put = await api.PutAsJsonAsync("/api/v1/organization/consent-keywords", new { optOut, optIn = new[] { "START" }, help = new[] { "HELP" } });
        var conflict = await api.PutAsJsonAsync("/api/v1/organization/consent-keywords", new { optOut = new[] { "STOP" }, optIn = new[] { "stop" }, help = Array.Empty<string>() });
        var phone = InboundApp.NewPhone();
        var form = InboundApp.Sms(phone, "basta");
        await inbound.PostAsync(form);
        await inbound.ProcessedAsync(form["MessageSid"]);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, conflict.StatusCode);
        var contact = await inbound.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Contacts, c => c.Phone == phone));
        Assert.True(contact.OptedOut);
    }
}
