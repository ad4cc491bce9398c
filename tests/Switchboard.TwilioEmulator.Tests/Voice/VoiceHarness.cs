using System.Net;
using System.Text.Json;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests.Voice;

/// <summary>Voice helpers over the shared <see cref="EmulatorHarness"/>.</summary>
internal static class VoiceHarness
{
    public const string Xml = "text/xml";

    /// <summary>Points a number's voice webhook (and optionally its call status callback) at the receiver.</summary>
    public static async Task ConfigureVoiceAsync(this EmulatorHarness h, string number, string voicePath, string? statusPath = null)
    {
        var list = await h.GetAsync($"{h.AccountPath}/IncomingPhoneNumbers.json?PhoneNumber={Uri.EscapeDataString(number)}");
        var sid = list.Json.GetProperty("incoming_phone_numbers")[0].GetProperty("sid").GetString();
        var form = new List<(string, string)> { ("VoiceUrl", h.Receiver.Url(voicePath)) };
        if (statusPath is not null)
        {
            form.Add(("StatusCallback", h.Receiver.Url(statusPath)));
        }

        var (status, json) = await h.PostFormAsync($"{h.AccountPath}/IncomingPhoneNumbers/{sid}.json", [.. form]);
        Assert.True(status == HttpStatusCode.OK, json.ToString());
    }

    public static void Twiml(this EmulatorHarness h, string path, string twiml) => h.Receiver.Respond(path, 200, Xml, twiml);

    public static async Task<JsonElement> CallInAsync(this EmulatorHarness h, object request)
    {
        var (status, json) = await h.ControlPostAsync("/_emulator/calls", request);
        Assert.True(status == HttpStatusCode.OK, $"control call answered {(int)status}: {json}");
        return json;
    }

    public static async Task<JsonElement> FetchCallAsync(this EmulatorHarness h, string sid) => (await h.GetAsync($"{h.AccountPath}/Calls/{sid}.json")).Json;

    public static Task<JsonElement> WaitForCallStatusAsync(this EmulatorHarness h, string sid, string status) =>
        Eventually.WaitAsync(() => h.FetchCallAsync(sid), c => c.GetProperty("status").GetString() == status, $"{sid} to be {status}");

    public static Task<List<ReceivedWebhook>> WaitForRequestsAsync(this EmulatorHarness h, string path, int count) =>
        Eventually.WaitAsync(() => h.Receiver.At(path).ToList(), l => l.Count >= count, $"{count} requests to {path}");

    public static List<string> Strings(this JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}

/// <summary>Control API reads for voice.</summary>
internal static class VoiceControl
{
    public static async Task<JsonElement> ControlGetAsync(this EmulatorHarness h, string path)
    {
        using var client = new HttpClient { BaseAddress = h.Emulator.BaseAddress };
        return JsonDocument.Parse(await client.GetStringAsync(path.TrimStart('/'))).RootElement.Clone();
    }
}
