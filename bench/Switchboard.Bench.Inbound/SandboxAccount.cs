using System.Net.Http.Json;
using System.Text.Json;

namespace Switchboard.Bench.Inbound;

/// <summary>The sandbox's auth token and number, from the emulator's control API, to sign as Twilio would.</summary>
internal static class SandboxAccount
{
    public static async Task<(string Url, string Token, string To)> ReadAsync(BenchOptions options)
    {
        using var client = new HttpClient { BaseAddress = options.Emulator };
        var account = await client.GetFromJsonAsync<JsonElement>("/_emulator/account");
        var number = account.GetProperty("numbers").EnumerateArray().First();
        var to = number.ValueKind == JsonValueKind.String ? number.GetString()! : number.GetProperty("phoneNumber").GetString()!;
        return (new Uri(options.App, "/webhooks/twilio/sms").ToString(), account.GetProperty("authToken").GetString()!, to);
    }
}
