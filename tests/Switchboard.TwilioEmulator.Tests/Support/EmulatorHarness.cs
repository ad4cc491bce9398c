using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Switchboard.TwilioEmulator.Tests.Support;

/// <summary>An emulator on a free port, a webhook receiver, and a Basic-auth REST client for the account.</summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    public const string LongCode = "+15005550006";
    public const string TollFree = "+18005550100";
    public const string ShortCode = "55555";
    public const string Customer = "+15557654321";

    private EmulatorHarness(TwilioEmulator emulator, WebhookReceiver receiver, ManualTimeProvider? clock)
    {
        Emulator = emulator;
        Receiver = receiver;
        Clock = clock;
        Http = new HttpClient { BaseAddress = emulator.BaseAddress };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{emulator.AccountSid}:{emulator.AuthToken}")));
        Http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public TwilioEmulator Emulator { get; }
    public WebhookReceiver Receiver { get; }
    public ManualTimeProvider? Clock { get; }
    public HttpClient Http { get; }
    public string AccountPath => $"/2010-04-01/Accounts/{Emulator.AccountSid}";

    /// <summary>Starts at a whole second so RFC 2822 dates line up with clock steps.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static async Task<EmulatorHarness> StartAsync(bool manualClock = false, Action<EmulatorOptions>? configure = null)
    {
        var clock = manualClock ? new ManualTimeProvider(Epoch) : null;
        var options = new EmulatorOptions { Url = "http://127.0.0.1:0" };
        options.ProvisionedNumbers.Add(LongCode);
        options.ProvisionedNumbers.Add(TollFree);
        options.ProvisionedNumbers.Add(ShortCode);
        if (clock is not null)
        {
            options.TimeProvider = clock;
        }

        configure?.Invoke(options);
        var receiver = await WebhookReceiver.StartAsync();
        var emulator = await TwilioEmulator.StartAsync(options);
        return new EmulatorHarness(emulator, receiver, clock);
    }

    public async Task<(HttpStatusCode Status, JsonElement Json)> PostFormAsync(string path, params (string Name, string Value)[] form)
    {
        using var content = new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var response = await Http.PostAsync(Rel(path), content);
        return (response.StatusCode, await ReadJsonAsync(response));
    }

    public async Task<(HttpStatusCode Status, JsonElement Json)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(Rel(path));
        return (response.StatusCode, await ReadJsonAsync(response));
    }

    public async Task<JsonElement> SendSmsAsync(params (string Name, string Value)[] form)
    {
        var all = form.ToList();
        if (all.All(f => f.Name != "From"))
        {
            all.Add(("From", LongCode));
        }

        if (all.All(f => f.Name != "To"))
        {
            all.Add(("To", Customer));
        }

        var (status, json) = await PostFormAsync(AccountPath + "/Messages.json", [.. all]);
        Assert.True(status == HttpStatusCode.Created, $"create answered {(int)status}: {json}");
        return json;
    }

    public async Task<JsonElement> FetchMessageAsync(string sid) => (await GetAsync($"{AccountPath}/Messages/{sid}.json")).Json;

    public async Task<string> StatusOfAsync(string sid) => (await FetchMessageAsync(sid)).GetProperty("status").GetString()!;

    public Task<JsonElement> WaitForStatusAsync(string sid, string status) =>
        Eventually.WaitAsync(() => FetchMessageAsync(sid), m => m.GetProperty("status").GetString() == status, $"{sid} to be {status}");

    /// <summary>Points a provisioned number's SMS webhooks at the receiver, through the REST API like the app does.</summary>
    public async Task ConfigureSmsUrlAsync(string number, string smsPath, string? fallbackPath = null)
    {
        var list = await GetAsync($"{AccountPath}/IncomingPhoneNumbers.json?PhoneNumber={Uri.EscapeDataString(number)}");
        var sid = list.Json.GetProperty("incoming_phone_numbers")[0].GetProperty("sid").GetString();
        var form = new List<(string, string)> { ("SmsUrl", Receiver.Url(smsPath)) };
        if (fallbackPath is not null)
        {
            form.Add(("SmsFallbackUrl", Receiver.Url(fallbackPath)));
        }

        var (status, json) = await PostFormAsync($"{AccountPath}/IncomingPhoneNumbers/{sid}.json", [.. form]);
        Assert.True(status == HttpStatusCode.OK, json.ToString());
    }

    public async Task<(HttpStatusCode Status, JsonElement Json)> ControlPostAsync(string path, object body)
    {
        using var client = new HttpClient { BaseAddress = Emulator.BaseAddress };
        using var response = await client.PostAsJsonAsync(Rel(path), body);
        return (response.StatusCode, await ReadJsonAsync(response));
    }

    public async Task<JsonElement> HandsetAsync(string number)
    {
        using var client = new HttpClient { BaseAddress = Emulator.BaseAddress };
        return JsonDocument.Parse(await client.GetStringAsync(Rel($"/_emulator/handsets/{Uri.EscapeDataString(number)}/messages"))).RootElement.Clone();
    }

    private static string Rel(string path) => path.TrimStart('/');

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
