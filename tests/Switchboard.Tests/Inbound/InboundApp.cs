using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Data;
using Switchboard.Inbound;
using Switchboard.Sandbox;
using Switchboard.Tenancy;
using Switchboard.Tests.Infrastructure;
using Switchboard.Twilio.Webhooks;

namespace Switchboard.Tests.Inbound;

/// <summary>
/// The app in sandbox mode, with helpers to send signed inbound webhooks to it as Twilio would
/// and to read what it stored once the worker has drained.
/// </summary>
public sealed class InboundApp : IAsyncLifetime
{
    public const string BootstrapKey = "bootstrap-key-for-inbound-tests-0123456789";
    public const string BusinessNumber = "+14155550100";

    public InboundApp()
    {
        App = new SwitchboardApp(Settings(new Dictionary<string, string?>()));
    }

    private InboundApp(IDictionary<string, string?> settings)
    {
        App = new SwitchboardApp(Settings(settings));
    }

    /// <summary>An app with extra settings (e.g. <c>Inbound:MaxAttempts</c>, a PostgreSQL database).</summary>
    public static InboundApp With(IDictionary<string, string?> settings) => new(settings);

    private static Dictionary<string, string?> Settings(IDictionary<string, string?> settings) =>
        new(settings) { ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = BootstrapKey };

    public SwitchboardApp App { get; }

    public string AuthToken { get; private set; } = "";

    public string SmsUrl => new Uri(App.BaseAddress, "/webhooks/twilio/sms").ToString();

    public async Task InitializeAsync()
    {
        App.Start();
        await App.WaitUntilReadyAsync();
        AuthToken = (await App.Services.GetRequiredService<SandboxEmulator>().Started).AuthToken;
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    public HttpClient Api() => App.ApiClient(BootstrapKey);

    public static Dictionary<string, string> Sms(string from, string body, string? sid = null) => new()
    {
        ["MessageSid"] = sid ?? NewSid(), ["AccountSid"] = "AC00000000000000000000000000000000", ["From"] = from,
        ["To"] = BusinessNumber, ["Body"] = body, ["NumMedia"] = "0", ["NumSegments"] = "1", ["SmsStatus"] = "received",
        ["ApiVersion"] = "2010-04-01", ["FromCountry"] = "US", ["FromCity"] = "SAN FRANCISCO",
    };

    public static string NewSid() => $"SM{Guid.NewGuid():N}";

    public static string NewPhone() => $"+1415{Random.Shared.Next(2_000_000, 9_999_999)}";

    public async Task<HttpResponseMessage> PostAsync(IReadOnlyDictionary<string, string> form, string? token = null, HttpClient? client = null)
    {
        using var request = TwilioWebhookSigner.CreateFormRequest(token ?? AuthToken, SmsUrl, form);
        if (client is not null)
        {
            return await client.SendAsync(request);
        }

        using var own = new HttpClient();
        return await own.SendAsync(request);
    }

    public async Task<T> QueryAsync<T>(Func<SwitchboardDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        using (scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem())
        {
            return await query(db);
        }
    }

    /// <summary>Waits until the job stored for <paramref name="messageSid"/> is done or parked.</summary>
    public Task ProcessedAsync(string messageSid) =>
        Eventually.HappensAsync($"the inbound job of {messageSid} to finish", () => QueryAsync(db =>
            (from job in db.InboundJobs
             join e in db.WebhookEvents on job.WebhookEventId equals e.Id
             where e.DedupeKey == ReceiveInboundSms.DedupeKey(messageSid) && (job.DoneAt != null || job.ParkedAt != null)
             select job.Id).AnyAsync()));

    /// <summary>Waits until no job is waiting or running.</summary>
    public Task DrainedAsync() =>
        Eventually.HappensAsync("the inbound queue to drain", () => QueryAsync(async db =>
            !await db.InboundJobs.AnyAsync(j => j.DoneAt == null && j.ParkedAt == null)));
}
