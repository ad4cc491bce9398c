using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Tests.Delivery;

namespace Switchboard.Tests.Templates;

public sealed class TemplateApiTests : IAsyncLifetime
{
    private OutboundApp app = null!;

    public async Task InitializeAsync() => app = await OutboundApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AnOrganisationStartsWithTheStarterSetInEnglishAndFrench()
    {
        var templates = await app.Api.GetFromJsonAsync<JsonElement[]>("/api/v1/templates");

        Assert.Contains(templates!, t => t.GetProperty("name").GetString() == "Appointment reminder");
        Assert.All(templates!, t => Assert.True(t.GetProperty("bodies").TryGetProperty("fr", out _)));
        Assert.Equal(5, templates!.Length);
    }

    [Fact]
    public async Task CreatesReplacesDuplicatesAndDeletesATemplate()
    {
        var created = await app.Api.PostAsJsonAsync("/api/v1/templates", new
        {
            name = "Pickup", category = "follow_up",
            bodies = new Dictionary<string, string> { ["en"] = "Your order {order} is ready, {name}.", ["fr"] = "Votre commande {order} est prête, {name}." },
            variables = new[] { new { name = "name", required = false, @default = "friend" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var template = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = template.GetProperty("id").GetString();
        Assert.Contains(template.GetProperty("variables").EnumerateArray(), v => v.GetProperty("name").GetString() == "order" && v.GetProperty("required").GetBoolean());

        var duplicate = await app.Api.PostAsync($"/api/v1/templates/{id}/duplicate", null);
        var copy = await duplicate.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pickup (copy)", copy.GetProperty("name").GetString());

        var replaced = await app.Api.PutAsJsonAsync($"/api/v1/templates/{id}", new
        {
            name = "Pickup", category = "follow_up", bodies = new Dictionary<string, string> { ["en"] = "Ready: {order}." },
        });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await app.Api.DeleteAsync($"/api/v1/templates/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api.GetAsync($"/api/v1/templates/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("""{"bodies":{"en":"x"}}""", "name")]
    [InlineData("""{"name":"a"}""", "bodies")]
    [InlineData("""{"name":"a","bodies":{"english":"x"}}""", "bodies")]
    [InlineData("""{"name":"Follow-up","bodies":{"en":"x"}}""", "name")]
    public async Task RefusesAnInvalidTemplateNamingTheField(string json, string field)
    {
        var response = await app.Api.PostAsync("/api/v1/templates", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.False(response.IsSuccessStatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }
}
