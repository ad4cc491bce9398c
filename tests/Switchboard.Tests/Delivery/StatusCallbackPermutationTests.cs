using System.Net;
using System.Text.Json;
using System.Net.Http.Json;
using Switchboard.Twilio.Webhooks;

namespace Switchboard.Tests.Delivery;

/// <summary>
/// Property: whatever order one message's callbacks arrive in, and however often each is repeated,
/// the message ends in its final status with each status recorded once.
/// </summary>
public sealed class StatusCallbackPermutationTests : IAsyncLifetime
{
    private OutboundApp app = null!;
    private string authToken = null!;

    public async Task InitializeAsync()
    {
        // Nothing is dispatched: the callbacks below are the only news the messages get.
        app = await OutboundApp.StartAsync(new Dictionary<string, string?> { ["Delivery:DispatcherEnabled"] = "false" });
        authToken = (await app.Emulator.GetFromJsonAsync<JsonElement>("/_emulator/account")).GetProperty("authToken").GetString()!;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    public static TheoryData<string> Endings => new() { "delivered", "undelivered" };

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task EveryOrderOfCallbacksWithRepeatsEndsInTheFinalStatus(string ending)
    {
        string[] statuses = ["queued", "sending", "sent", ending];
        var random = new Random(ending.Length);
        var n = 0;
        foreach (var order in Permutations(statuses))
        {
            // Each order once as is, and once with a random callback repeated at a random place.
            var repeated = order.ToList();
            repeated.Insert(random.Next(repeated.Count + 1), order[random.Next(order.Length)]);
            foreach (var sequence in new[] { order.ToList(), repeated })
            {
                var to = $"+1415556{n++:D4}";
                var id = (await app.SendAsync(new { to, body = "permutation" })).GetProperty("id").GetString()!;
                var sid = "SM" + Guid.NewGuid().ToString("N");
                foreach (var status in sequence)
                {
                    await PostCallbackAsync(id, sid, to, status, ending);
                }

                var detail = await app.MessageAsync(id);
                var message = detail.GetProperty("message");
                var label = $"{ending} after {string.Join(",", sequence)}";
                Assert.True(ending == message.GetProperty("status").GetString(), label);
                Assert.Equal(sid, message.GetProperty("twilioSid").GetString());
                var history = detail.GetProperty("statusHistory").EnumerateArray().Select(h => h.GetProperty("status").GetString()!).ToList();
                Assert.True(history.Order().SequenceEqual(statuses.Order()), $"{label}: history {string.Join(",", history)}");
                if (ending == "undelivered")
                {
                    Assert.Equal(30003, message.GetProperty("errorCode").GetInt32());
                }
            }
        }
    }

    private async Task PostCallbackAsync(string id, string sid, string to, string status, string ending)
    {
        var url = new Uri(app.App.BaseAddress, $"/webhooks/twilio/sms/status?mid={id}").ToString();
        var form = new List<KeyValuePair<string, string>>
        {
            new("MessageSid", sid), new("SmsSid", sid), new("MessageStatus", status), new("SmsStatus", status),
            new("From", OutboundApp.BusinessNumber), new("To", to), new("AccountSid", "AC" + new string('0', 32)), new("ApiVersion", "2010-04-01"),
        };
        if (status == ending && ending == "undelivered")
        {
            form.Add(new("ErrorCode", "30003"));
        }

        using var request = TwilioWebhookSigner.CreateFormRequest(authToken, url, form);
        using var response = await app.Api.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static IEnumerable<string[]> Permutations(string[] items) =>
        items.Length <= 1 ? [items] : items.SelectMany((item, i) => Permutations([.. items[..i], .. items[(i + 1)..]]).Select(rest => (string[])[item, .. rest]));
}
