using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Data;
using Switchboard.Numbers;
using Switchboard.Sandbox;
using Switchboard.Tenancy;
using Switchboard.Tests.Infrastructure;
using Switchboard.Tests.Security;

namespace Switchboard.Tests.TwilioAccount;

/// <summary>
/// A second organisation with a Twilio account of its own: a subaccount of the sandbox emulator
/// (its own SID and auth token), owning a number whose webhooks point at the app.
/// </summary>
public sealed class OrganizationB
{
    public const string Number = "+14155550222";

    private OrganizationB(TenantFixtures.Tenant tenant, string accountSid, string authToken, Uri emulator)
    {
        Tenant = tenant;
        AccountSid = accountSid;
        AuthToken = authToken;
        Emulator = emulator;
    }

    public TenantFixtures.Tenant Tenant { get; }

    public string AccountSid { get; }

    public string AuthToken { get; }

    public Uri Emulator { get; }

    public object Credentials => new { accountSid = AccountSid, authToken = AuthToken, label = "Shop B" };

    public static async Task<OrganizationB> CreateAsync(SwitchboardApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var emulator = await app.Services.GetRequiredService<SandboxEmulator>().Started;
        using var main = Client(emulator.BaseAddress, emulator.AccountSid, emulator.AuthToken);
        var created = await ReadAsync(await main.PostAsync("2010-04-01/Accounts.json", Form(("FriendlyName", "Shop B"))));
        var sid = created.GetProperty("sid").GetString()!;
        var token = created.GetProperty("auth_token").GetString()!;

        using var own = Client(emulator.BaseAddress, sid, token);
        var number = await ReadAsync(await own.PostAsync($"2010-04-01/Accounts/{sid}/IncomingPhoneNumbers.json", Form(
            ("PhoneNumber", Number), ("SmsUrl", new Uri(app.BaseAddress, "/webhooks/twilio/sms").ToString()),
            ("VoiceUrl", new Uri(app.BaseAddress, "/webhooks/twilio/voice").ToString()))));

        var tenant = await TenantFixtures.CreateOrganizationAsync(app, "Organisation B");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        using (scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem())
        {
            db.PhoneNumbers.Add(new PhoneNumber
            {
                OrganizationId = tenant.OrganizationId, E164 = Number, TwilioSid = number.GetProperty("sid").GetString(), SupportsVoice = true,
            });
            await db.SaveChangesAsync();
        }

        return new OrganizationB(tenant, sid, token, emulator.BaseAddress);
    }

    /// <summary>A REST client of the emulator authenticated as this account.</summary>
    public HttpClient Twilio() => Client(Emulator, AccountSid, AuthToken);

    public static HttpClient Client(Uri emulator, string user, string secret)
    {
        var client = new HttpClient { BaseAddress = emulator };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}")));
        return client;
    }

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}
