using Microsoft.Extensions.Logging;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

public sealed class SecretsTests
{
    [Fact]
    public async Task AuthTokenNeverReachesTheLogs()
    {
        var provider = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));
        const string token = "feedfacefeedfacefeedfacefeedface";
        await using var receiver = await WebhookReceiver.StartAsync();
        var options = new EmulatorOptions { Url = "http://127.0.0.1:0", AuthToken = token, Pacing = false };
        options.ProvisionedNumbers.Add(EmulatorHarness.LongCode);
        await using var emulator = await TwilioEmulator.StartAsync(options, loggerFactory);

        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{emulator.AccountSid}:{token}")));
        var path = $"2010-04-01/Accounts/{emulator.AccountSid}";
        using var sent = await http.PostAsync(path + "/Messages.json", new FormUrlEncodedContent(
            [new("To", EmulatorHarness.Customer), new("From", EmulatorHarness.LongCode), new("Body", "hi"), new("StatusCallback", "http://127.0.0.1:9/refused")]));
        using var bad = await http.PostAsync(path + "/Messages.json", new FormUrlEncodedContent([new("To", "x")]));
        var numbers = await http.GetStringAsync(path + "/IncomingPhoneNumbers.json");
        var sid = System.Text.Json.JsonDocument.Parse(numbers).RootElement.GetProperty("incoming_phone_numbers")[0].GetProperty("sid").GetString();
        using var configured = await http.PostAsync($"{path}/IncomingPhoneNumbers/{sid}.json", new FormUrlEncodedContent([new("SmsUrl", receiver.Url("/sms"))]));
        using var inbound = await http.PostAsync("_emulator/sms", System.Net.Http.Json.JsonContent.Create(new { from = EmulatorHarness.Customer, to = EmulatorHarness.LongCode, body = "hello" }));
        using var wrong = new HttpClient { BaseAddress = emulator.BaseAddress };
        await wrong.GetAsync(path + ".json");

        await Eventually.WaitAsync(() => provider.Lines, l => l.Any(x => x.Contains("refused", StringComparison.Ordinal)), "the failed callback to be logged");
        Assert.NotEmpty(receiver.At("/sms"));
        Assert.DoesNotContain(provider.Lines, l => l.Contains(token, StringComparison.OrdinalIgnoreCase));
    }
}
