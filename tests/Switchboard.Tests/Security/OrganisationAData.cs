using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Switchboard.Delivery;
using Switchboard.Events.Webhooks;
using Switchboard.Tests.Inbound;
using Switchboard.Users;

namespace Switchboard.Tests.Security;

/// <summary>
/// Data created in the default organisation through its public surfaces (a signed inbound
/// webhook and the API), and the ids and strings that must never reach another organisation.
/// </summary>
public sealed class OrganisationAData
{
    public const string Marker = "alpha-private-7731";
    public const string VerifiedPhone = "+14155557731";
    public const string UserEmail = "alpha-user-7731@example.com";

    private OrganisationAData(Dictionary<string, List<string>> idsByResource, List<string> secrets)
    {
        IdsByResource = idsByResource;
        Secrets = secrets;
    }

    /// <summary>Ids by the path segment that names their resource ("messages", "templates", ...).</summary>
    public IReadOnlyDictionary<string, List<string>> IdsByResource { get; }

    /// <summary>Every string that identifies A's data: ids, phone numbers, bodies, names.</summary>
    public IReadOnlyList<string> Secrets { get; }

    /// <summary>Every id A has that fits a guid route, for paths whose resource the walk does not know yet.</summary>
    public IEnumerable<string> AllIds => IdsByResource.Values.SelectMany(v => v).Where(id => Guid.TryParse(id, out _)).Distinct();

    public static async Task<OrganisationAData> CreateAsync(InboundApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var customer = InboundApp.NewPhone();
        var sid = InboundApp.NewSid();
        var inbound = await app.PostAsync(InboundApp.Sms(customer, $"inbound {Marker}", sid));
        inbound.EnsureSuccessStatusCode();
        await app.ProcessedAsync(sid);

        using var api = app.Api();
        (await api.PostAsJsonAsync("/api/v1/messages", new { to = customer, body = $"outbound {Marker}" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/templates", new { name = $"Template {Marker}", bodies = new { en = $"Hello {Marker}" } })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/webhooks/endpoints", new { url = $"https://example.com/{Marker}", eventTypes = new[] { "sms_received" } })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/delivery/verified-numbers", new { phone = VerifiedPhone })).EnsureSuccessStatusCode();
        var key = await (await api.PostAsJsonAsync("/api/v1/api-keys", new { name = $"Key {Marker}" })).Content.ReadFromJsonAsync<JsonElement>();
        (await api.PostAsJsonAsync("/api/v1/users", new { email = UserEmail, name = $"User {Marker}", role = "admin" })).EnsureSuccessStatusCode();

        var ids = await app.QueryAsync(async db => new Dictionary<string, List<string>>
        {
            ["messages"] = await Ids(db.Messages.Select(m => m.Id)),
            ["contacts"] = await Ids(db.Contacts.Select(c => c.Id)),
            ["conversations"] = await Ids(db.Conversations.Select(c => c.Id)),
            ["templates"] = await Ids(db.MessageTemplates.Select(t => t.Id)),
            ["jobs"] = await Ids(db.InboundJobs.Select(j => j.Id)),
            ["endpoints"] = await Ids(db.Set<WebhookEndpoint>().Select(e => e.Id)),
            ["deliveries"] = await Ids(db.Set<WebhookDelivery>().Select(d => d.Id)),
            ["dead-letters"] = await Ids(db.Set<DeadLetter>().Select(d => d.Id)),
            ["api-keys"] = await Ids(db.ApiKeys.Select(k => k.Id)),
            ["users"] = await Ids(db.Set<User>().Select(u => u.Id)),
            ["verified-numbers"] = [VerifiedPhone],
        });
        var organizationId = await app.QueryAsync(db => db.Organizations.Where(o => o.Slug == "default").Select(o => o.Id).SingleAsync());
        var secrets = new List<string> { Marker, customer, VerifiedPhone, UserEmail, organizationId.ToString(), key.GetProperty("prefix").GetString()! };
        secrets.AddRange(ids.Values.SelectMany(v => v));
        return new OrganisationAData(ids, secrets);
    }

    private static async Task<List<string>> Ids(IQueryable<Guid> ids) =>
        (await ids.ToListAsync()).Select(id => id.ToString()).ToList();
}
