using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Data;
using Switchboard.Delivery;
using Switchboard.Messaging;
using Switchboard.Tenancy;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Delivery;

/// <summary>Every branch of the dispatcher against the emulator, with retry delays shortened through options.</summary>
public sealed class DeliveryBranchTests : IAsyncLifetime
{
    private OutboundApp app = null!;

    public async Task InitializeAsync() => app = await OutboundApp.StartAsync(new Dictionary<string, string?>
    {
        ["Delivery:RetryBaseDelay"] = "00:00:00.200",
        ["Delivery:OutcomeUnknownDelay"] = "00:00:00.200",
        ["Delivery:DeferDelay"] = "00:00:00.200",
        ["Delivery:PollInterval"] = "00:00:00.100",
    });

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static string Status(JsonElement detail) => detail.GetProperty("message").GetProperty("status").GetString()!;

    private static List<JsonElement> Attempts(JsonElement detail) => detail.GetProperty("attempts").EnumerateArray().ToList();

    [Fact]
    public async Task AServerErrorOnCreateIsNotAnAttemptAndIsReconciledThenSent()
    {
        await app.FaultAsync(new { path = "Messages.json", status = 500 });

        var sent = await app.SendAsync(new { to = "+14155550121", body = "after a 500" });
        var detail = await app.WaitForStatusAsync(sent.GetProperty("id").GetString()!, "delivered");

        var attempts = Attempts(detail);
        Assert.Equal(2, attempts.Count);
        Assert.False(attempts[0].GetProperty("counted").GetBoolean());
        Assert.Equal("server_error", attempts[0].GetProperty("outcome").GetString());
        Assert.Equal("accepted", attempts[1].GetProperty("outcome").GetString());
        Assert.Equal(1, detail.GetProperty("message").GetProperty("attemptCount").GetInt32());
        Assert.Single(await app.HandsetAsync("+14155550121"));
    }

    [Fact]
    public async Task ARetryableErrorIsRetriedWithBackoffAndCountsAsAnAttempt()
    {
        await app.FaultAsync(new { path = "Messages.json", status = 400, code = 21611, count = 1 });

        var sent = await app.SendAsync(new { to = "+14155550122", body = "queue was full" });
        var detail = await app.WaitForStatusAsync(sent.GetProperty("id").GetString()!, "delivered");

        var attempts = Attempts(detail);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[0].GetProperty("counted").GetBoolean());
        Assert.Equal(21611, attempts[0].GetProperty("errorCode").GetInt32());
        // "Later" errors wait four times the base delay (with at most 20 % jitter below).
        var gap = attempts[1].GetProperty("startedAt").GetDateTime() - attempts[0].GetProperty("finishedAt").GetDateTime();
        Assert.True(gap >= TimeSpan.FromMilliseconds(600), $"retried after {gap}");
        Assert.Equal(2, detail.GetProperty("message").GetProperty("attemptCount").GetInt32());
        Assert.Single(await app.HandsetAsync("+14155550122"));
    }

    [Fact]
    public async Task ANonRetryableErrorIsFinalAtOnceWithTheReason()
    {
        await app.FaultAsync(new { path = "Messages.json", status = 400, code = 21614 });

        var sent = await app.SendAsync(new { to = "+14155550123", body = "to a landline" });
        var detail = await app.WaitForStatusAsync(sent.GetProperty("id").GetString()!, "failed");

        Assert.Single(Attempts(detail));
        Assert.Equal(21614, detail.GetProperty("message").GetProperty("errorCode").GetInt32());
        Assert.Contains("21614", detail.GetProperty("message").GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.False(detail.GetProperty("deadLettered").GetBoolean());
        Assert.False(detail.GetProperty("pending").GetBoolean());
        Assert.Empty(await app.HandsetAsync("+14155550123"));
    }

    [Fact]
    public async Task AfterTheLastAttemptTheMessageIsDeadLetteredAndCanBeResent()
    {
        await app.FaultAsync(new { path = "Messages.json", status = 400, code = 21611, count = 4 });

        var sent = await app.SendAsync(new { to = "+14155550124", body = "never fits" });
        var id = sent.GetProperty("id").GetString()!;
        var detail = await app.WaitForStatusAsync(id, "failed", TimeSpan.FromSeconds(30));

        Assert.Equal(4, Attempts(detail).Count);
        Assert.True(detail.GetProperty("deadLettered").GetBoolean());
        var letters = await app.Api.GetFromJsonAsync<JsonElement[]>("/api/v1/delivery/dead-letters");
        var letter = Assert.Single(letters!, l => l.GetProperty("messageId").GetString() == id);

        var resend = await app.Api.PostAsync($"/api/v1/delivery/dead-letters/{letter.GetProperty("id").GetString()}/resend", null);

        Assert.Equal(HttpStatusCode.Accepted, resend.StatusCode);
        var again = await resend.Content.ReadFromJsonAsync<JsonElement>();
        await app.WaitForStatusAsync(again.GetProperty("id").GetString()!, "delivered");
        Assert.Equal("never fits", Assert.Single(await app.HandsetAsync("+14155550124")).GetProperty("body").GetString());
        letters = await app.Api.GetFromJsonAsync<JsonElement[]>("/api/v1/delivery/dead-letters");
        Assert.NotNull(letters!.Single(l => l.GetProperty("messageId").GetString() == id).GetProperty("resentAt").GetString());
    }

    [Fact]
    public async Task Error21610FromTwilioFailsTheMessageAndOptsTheContactOut()
    {
        var first = await app.SendAsync(new { to = "+14155550125", body = "hello" });
        await app.WaitForStatusAsync(first.GetProperty("id").GetString()!, "delivered");
        await app.FaultAsync(new { path = "Messages.json", status = 400, code = 21610 });

        var sent = await app.SendAsync(new { to = "+14155550125", body = "are you there" });
        var detail = await app.WaitForStatusAsync(sent.GetProperty("id").GetString()!, "failed");

        Assert.Equal(21610, detail.GetProperty("message").GetProperty("errorCode").GetInt32());
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
            using (scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem())
            {
                var contact = await db.Contacts.SingleAsync(c => c.Phone == "+14155550125");
                Assert.True(contact.OptedOut);
                Assert.Contains(await db.ConsentChanges.Where(c => c.ContactId == contact.Id).Select(c => c.Source).ToListAsync(),
                    s => s == Switchboard.Contacts.Consent.ConsentSource.ApiError21610);
            }
        }

        var refused = await app.Api.PostAsJsonAsync("/api/v1/messages", new { to = "+14155550125", body = "third" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }

    [Fact]
    public async Task ASendWhoseAnswerWasLostIsReconciledAndReachesTheHandsetOnce()
    {
        await app.FaultAsync(new { path = "Messages.json", mode = "drop" });

        var sent = await app.SendAsync(new { to = "+14155550126", body = "did it go" });
        var id = sent.GetProperty("id").GetString()!;
        await app.WaitForStatusAsync(id, "delivered");
        JsonElement detail = default;
        await Eventually.HappensAsync("the outbox row to be reconciled", async () => !(detail = await app.MessageAsync(id)).GetProperty("pending").GetBoolean());

        Assert.Single(await app.HandsetAsync("+14155550126"));
        Assert.Equal("reconciled", Attempts(detail)[^1].GetProperty("outcome").GetString());
        // The call whose answer was lost counts once, as the reconciled attempt (the detail is one snapshot).
        Assert.Equal(1, detail.GetProperty("message").GetProperty("attemptCount").GetInt32());
        Assert.StartsWith("SM", detail.GetProperty("message").GetProperty("twilioSid").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStuckMessageIsAskedAboutAndTakesTwiliosStatus()
    {
        var sent = await app.SendAsync(new { to = "+14155550127", body = "callback lost" });
        var id = Guid.Parse(sent.GetProperty("id").GetString()!);
        await app.WaitForStatusAsync(id.ToString(), "delivered");
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            // As if the delivered callback had been lost while we were down, an hour ago.
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
            using (scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem())
            {
                await db.MessageStatusChanges.Where(c => c.MessageId == id && c.Status == MessageStatus.Delivered).ExecuteDeleteAsync();
                await db.Messages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, MessageStatus.Sent).SetProperty(m => m.DeliveredAt, (DateTime?)null)
                    .SetProperty(m => m.UpdatedAt, DateTime.UtcNow.AddHours(-1)));
            }
        }

        var asked = await app.App.Services.GetRequiredService<StuckMessageReconciler>().PassAsync(default);

        Assert.True(asked >= 1);
        var detail = await app.MessageAsync(id.ToString());
        Assert.Equal("delivered", Status(detail));
        Assert.Contains(detail.GetProperty("statusHistory").EnumerateArray(),
            h => h.GetProperty("status").GetString() == "delivered" && h.GetProperty("source").GetString() == "reconciliation");
    }
}
