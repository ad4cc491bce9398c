using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Sandbox;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Delivery;

/// <summary>The app in sandbox mode for outbound tests: an API client and the emulator's control API.</summary>
public sealed class OutboundApp : IAsyncDisposable
{
    public const string Key = "outbound-tests-key-0123456789abcdef0123";
    public const string BusinessNumber = "+14155550100";

    private OutboundApp(SwitchboardApp app, HttpClient api, HttpClient emulator)
    {
        App = app;
        Api = api;
        Emulator = emulator;
    }

    public SwitchboardApp App { get; }

    public HttpClient Api { get; }

    /// <summary>The emulator's control API (<c>/_emulator/...</c>) and Twilio REST paths.</summary>
    public HttpClient Emulator { get; }

    public static async Task<OutboundApp> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = Key, ["Sandbox:Pacing"] = "false" };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        var app = new SwitchboardApp(all).Start();
        await app.WaitUntilReadyAsync();
        var emulator = await app.Services.GetRequiredService<SandboxEmulator>().Started;
        return new OutboundApp(app, app.ApiClient(Key), new HttpClient { BaseAddress = emulator.BaseAddress });
    }

    public async Task<JsonElement> SendAsync(object request)
    {
        var response = await Api.PostAsJsonAsync("/api/v1/messages", request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> MessageAsync(string id) =>
        await Api.GetFromJsonAsync<JsonElement>($"/api/v1/messages/{id}");

    /// <summary>Waits until the message reaches <paramref name="status"/> and returns it.</summary>
    public async Task<JsonElement> WaitForStatusAsync(string id, string status, TimeSpan? timeout = null)
    {
        JsonElement last = default;
        try
        {
            await Eventually.HappensAsync($"message {id} to be {status}", async () =>
            {
                last = await MessageAsync(id);
                return last.GetProperty("message").GetProperty("status").GetString() == status;
            }, timeout);
        }
        catch (TimeoutException e)
        {
            var warnings = App.Logs.Lines.Where(l => l.StartsWith("Warn", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal) || l.Contains("Exception:", StringComparison.Ordinal) || l.Contains("sms/status", StringComparison.Ordinal)).Select(l => l.Contains(" | System.", StringComparison.Ordinal) ? l[l.IndexOf(" | System.", StringComparison.Ordinal)..] : l).Select(l => l.Length > 700 ? l[..700] : l);
            throw new TimeoutException($"{e.Message} Last: {last}. Logs: {string.Join(Environment.NewLine, warnings.TakeLast(10))}", e);
        }

        return last;
    }

    public async Task<JsonElement[]> HandsetAsync(string phone) =>
        (await Emulator.GetFromJsonAsync<JsonElement[]>($"/_emulator/handsets/{Uri.EscapeDataString(phone)}/messages"))!;

    public async Task OutcomeAsync(object rule)
    {
        var response = await Emulator.PostAsJsonAsync("/_emulator/outcomes", rule);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task FaultAsync(object fault)
    {
        var response = await Emulator.PostAsJsonAsync("/_emulator/faults", fault);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Buys <paramref name="e164"/> in the emulator (Twilio's REST path) and connects it to the demo organisation.</summary>
    public async Task AddNumberAsync(string e164)
    {
        var account = await Emulator.GetFromJsonAsync<JsonElement>("/_emulator/account");
        var sid = account.GetProperty("accountSid").GetString()!;
        using var buy = new HttpRequestMessage(HttpMethod.Post, $"/2010-04-01/Accounts/{sid}/IncomingPhoneNumbers.json")
        {
            Content = new FormUrlEncodedContent([new("PhoneNumber", e164)]),
        };
        buy.Headers.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{sid}:{account.GetProperty("authToken").GetString()}")));
        var bought = await Emulator.SendAsync(buy);
        Assert.True(bought.IsSuccessStatusCode, await bought.Content.ReadAsStringAsync());

        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var tenant = services.GetRequiredService<Switchboard.Tenancy.ITenantContext>();
        var db = services.GetRequiredService<Switchboard.Data.SwitchboardDbContext>();
        Switchboard.Tenancy.Organization organization;
        using (tenant.AsSystem())
        {
            organization = db.Organizations.Single(o => o.Name == "Demo organisation");
        }

        tenant.Set(organization.Id);
        var twilio = await services.GetRequiredService<Switchboard.TwilioAccount.DeploymentTwilioAccount>().CreateClientAsync();
        await services.GetRequiredService<Switchboard.Numbers.ConnectNumber>().ExecuteAsync(twilio, organization, e164, App.BaseAddress, default);
    }

    /// <summary>A customer texts <paramref name="to"/> through the emulator.</summary>
    public async Task CustomerTextsAsync(string from, string to, string body)
    {
        var response = await Emulator.PostAsJsonAsync("/_emulator/sms", new { from, to, body });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        Emulator.Dispose();
        await App.DisposeAsync();
    }
}
