using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Data;
using Switchboard.Delivery;
using Switchboard.Tenancy;

namespace Switchboard.Tests.Delivery;

/// <summary>
/// The dispatcher prepares a whole claimed batch at once (ADR 0014); rows that need more than a
/// plain send must still get their own treatment. The dispatcher is off here so the test owns the claim.
/// </summary>
public sealed class BatchPreparationTests : IAsyncLifetime
{
    private OutboundApp app = null!;

    public async Task InitializeAsync() => app = await OutboundApp.StartAsync(new Dictionary<string, string?> { ["Delivery:DispatcherEnabled"] = "false" });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task FreshRowsGetTheirAttemptAndStartMarkTogetherWhileOptedOutAndInterruptedRowsGoTheirOwnWay()
    {
        var plain = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            plain.Add((await app.SendAsync(new { to = $"+1415555014{i}", body = $"plain {i}" })).GetProperty("id").GetGuid());
        }

        var optedOut = (await app.SendAsync(new { to = "+14155550150", body = "opted out after queueing" })).GetProperty("id").GetGuid();
        var interrupted = (await app.SendAsync(new { to = "+14155550151", body = "its last call's outcome is unknown" })).GetProperty("id").GetGuid();
        await InSystemScopeAsync(async db =>
        {
            var contactId = (await db.Messages.SingleAsync(m => m.Id == optedOut)).ContactId;
            await db.Contacts.Where(c => c.Id == contactId).ExecuteUpdateAsync(s => s.SetProperty(c => c.OptedOut, true));
            await db.OutboxMessages.Where(o => o.MessageId == interrupted).ExecuteUpdateAsync(s => s.SetProperty(o => o.SendStartedAt, DateTime.UtcNow.AddMinutes(-1)));
        });

        SendPreparation.Result result = null!;
        await InSystemScopeAsync(async (db, services) =>
        {
            var claimed = await services.GetRequiredService<OutboxClaimer>().ClaimAsync(DateTime.UtcNow, TimeSpan.FromMinutes(1), 100, default);
            result = await services.GetRequiredService<SendPreparation>().PrepareAsync(claimed.Select(r => (r, DateTimeOffset.UtcNow)).ToList(), default);
        });

        Assert.Equal(plain.Order(), result.Ready.Select(r => r.Send.MessageId).Order());
        Assert.Equal(new[] { optedOut, interrupted }.Order(), result.Others.Select(r => r.Row.MessageId).Order());
        await InSystemScopeAsync(async db =>
        {
            var attempts = await db.DeliveryAttempts.Where(a => plain.Contains(a.MessageId)).ToListAsync();
            Assert.Equal(plain.Order(), attempts.Select(a => a.MessageId).Order());
            Assert.All(attempts, a => Assert.Equal((1, AttemptOutcome.Pending), (a.Number, a.Outcome)));
            Assert.Equal(result.Ready.Select(r => r.Send.AttemptId).Order(), attempts.Select(a => a.Id).Order());
            var outboxes = await db.OutboxMessages.Where(o => plain.Contains(o.MessageId)).ToListAsync();
            Assert.All(outboxes, o => Assert.NotNull(o.SendStartedAt));
            // Nothing was stored for the rows handed back: MessageDeliverer decides about them.
            Assert.False(await db.DeliveryAttempts.AnyAsync(a => a.MessageId == optedOut || a.MessageId == interrupted));
        });
        Assert.All(result.Ready, r => Assert.EndsWith($"mid={r.Send.MessageId:D}", r.Send.Request.StatusCallback!.ToString(), StringComparison.Ordinal));
    }

    private Task InSystemScopeAsync(Func<SwitchboardDbContext, Task> work) => InSystemScopeAsync((db, _) => work(db));

    private async Task InSystemScopeAsync(Func<SwitchboardDbContext, IServiceProvider, Task> work)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem();
        await work(scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>(), scope.ServiceProvider);
    }
}
