using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Contacts.Consent;
using Switchboard.Data;
using Switchboard.Tenancy;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Delivery;

/// <summary>The send API end to end: our app, the emulator, and its signed status callbacks over real HTTP.</summary>
public sealed class SendMessageTests : IAsyncLifetime
{
    private OutboundApp app = null!;

    public async Task InitializeAsync() => app = await OutboundApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AMessageReachesTheHandsetAndEndsDeliveredWithItsHistory()
    {
        var sent = await app.SendAsync(new { to = "+14155550111", body = "Your table is ready" });
        var id = sent.GetProperty("id").GetString()!;

        var detail = await app.WaitForStatusAsync(id, "delivered");

        var handset = await app.HandsetAsync("+14155550111");
        Assert.Equal("Your table is ready", Assert.Single(handset).GetProperty("body").GetString());
        Assert.StartsWith("SM", detail.GetProperty("message").GetProperty("twilioSid").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, detail.GetProperty("message").GetProperty("attemptCount").GetInt32());
        Assert.Equal("accepted", Assert.Single(detail.GetProperty("attempts").EnumerateArray()).GetProperty("outcome").GetString());
        var history = detail.GetProperty("statusHistory").EnumerateArray().Select(h => h.GetProperty("status").GetString()).ToList();
        Assert.Equal(["queued", "sending", "sent", "delivered"], history);
        Assert.NotNull(detail.GetProperty("rawDlrDoneDate").GetString());
        Assert.NotNull(detail.GetProperty("message").GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task ATemplateIsRenderedInTheContactsLanguageAndCounted()
    {
        var templates = await app.Api.GetFromJsonAsync<JsonElement[]>("/api/v1/templates");
        var reminder = templates!.Single(t => t.GetProperty("name").GetString() == "Store hours");

        var sent = await app.SendAsync(new
        {
            to = "+14155550112", templateId = reminder.GetProperty("id").GetString(), language = "fr",
            variables = new Dictionary<string, string> { ["business"] = "Chez Ana" },
        });

        Assert.StartsWith("Chez Ana est ouvert Monday", sent.GetProperty("body").GetString(), StringComparison.Ordinal);
        var after = await app.Api.GetFromJsonAsync<JsonElement>($"/api/v1/templates/{reminder.GetProperty("id").GetString()}");
        Assert.Equal(1, after.GetProperty("usageCount").GetInt32());
    }

    [Theory]
    [InlineData("""{"body":"hi"}""", "to", "invalid_to")]
    [InlineData("""{"to":"12","body":"hi"}""", "to", "invalid_to")]
    [InlineData("""{"to":"+14155550113"}""", "body", "missing_body")]
    [InlineData("""{"to":"+14155550113","body":"Hi {name}"}""", "variables", "missing_variables")]
    [InlineData("""{"to":"+14155550113","body":"hi","from":"+14155559999"}""", "from", "not_our_number")]
    [InlineData("""{"to":"+14155550113","templateId":"0198c0de-0000-7000-8000-000000000000"}""", "templateId", "template_not_found")]
    public async Task RefusesWithProblemDetailsNamingTheField(string json, string field, string code)
    {
        var response = await app.Api.PostAsync("/api/v1/messages", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task RefusesABodyOverSixteenHundredCharacters()
    {
        var response = await app.Api.PostAsJsonAsync("/api/v1/messages", new { to = "+14155550113", body = new string('a', 1601) });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("body_too_long", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task AnOptedOutRecipientGetsAClearErrorAndNothingIsSent()
    {
        var first = await app.SendAsync(new { to = "+14155550114", body = "first" });
        await app.WaitForStatusAsync(first.GetProperty("id").GetString()!, "delivered");
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>();
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
            using (tenant.AsSystem())
            {
                tenant.Set(db.Contacts.Single(c => c.Phone == "+14155550114").OrganizationId);
            }

            var contact = db.Contacts.Single(c => c.Phone == "+14155550114");
            ContactConsent.Apply(db, contact, true, ConsentSource.Keyword, "STOP", DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var response = await app.Api.PostAsJsonAsync("/api/v1/messages", new { to = "+14155550114", body = "second" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("recipient_opted_out", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        await Eventually.HappensAsync("the first message to arrive", async () => (await app.HandsetAsync("+14155550114")).Length == 1);
        Assert.DoesNotContain(await app.HandsetAsync("+14155550114"), m => m.GetProperty("body").GetString() == "second");
    }

    [Fact]
    public async Task ConcurrentSendsToANewRecipientAllSucceedAndShareOneContact()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            app.Api.PostAsJsonAsync("/api/v1/messages", new { to = "+14155550116", body = $"parallel {i}" })));

        foreach (var response in responses)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        }

        var contacts = responses.Select(r => r.Content.ReadFromJsonAsync<JsonElement>().Result.GetProperty("contactId").GetString()).Distinct();
        Assert.Single(contacts);
    }

    [Fact]
    public async Task PreviewShowsEncodingSegmentsUnicodeAndCostWithoutSending()
    {
        var preview = await app.Api.PostAsJsonAsync("/api/v1/messages/preview", new { to = "+33612345678", body = "Merci ✓ à bientôt" });
        var body = await preview.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("ucs2", body.GetProperty("encoding").GetString());
        Assert.Equal(1, body.GetProperty("segments").GetInt32());
        Assert.Equal(["✓", "ô"], body.GetProperty("unicodeCharacters").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(0.0798m, body.GetProperty("estimatedCost").GetDecimal());
        Assert.Equal(OutboundApp.BusinessNumber, body.GetProperty("from").GetString());
        Assert.Empty(await app.HandsetAsync("+33612345678"));
    }

    [Fact]
    public async Task StatsCountOutboundMessagesByOutcome()
    {
        var sent = await app.SendAsync(new { to = "+14155550115", body = "count me" });
        await app.WaitForStatusAsync(sent.GetProperty("id").GetString()!, "delivered");

        var stats = await app.Api.GetFromJsonAsync<JsonElement>("/api/v1/delivery/stats?period=hour");

        Assert.True(stats.GetProperty("totals").GetProperty("delivered").GetInt32() >= 1);
        Assert.NotEmpty(stats.GetProperty("periods").EnumerateArray());
    }
}
