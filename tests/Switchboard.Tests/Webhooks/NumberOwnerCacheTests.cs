using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Tenancy;
using Switchboard.Tests.Inbound;
using Switchboard.Webhooks;

namespace Switchboard.Tests.Webhooks;

public sealed class NumberOwnerCacheTests : IAsyncLifetime
{
    private readonly InboundApp inbound = new();

    public Task InitializeAsync() => inbound.InitializeAsync();

    public Task DisposeAsync() => inbound.DisposeAsync();

    [Fact]
    public async Task ANumberKeepsItsCachedOwnerUntilItIsForgottenThenTheNewOwnerIsFound()
    {
        var cache = inbound.App.Services.GetRequiredService<NumberOwnerCache>();
        var first = await cache.FindOwnerAsync(InboundApp.BusinessNumber, CancellationToken.None);
        var other = await inbound.QueryAsync(async db =>
        {
            var organization = new Organization { Name = "Other organisation", Slug = $"other-{Guid.NewGuid():N}" };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            await db.PhoneNumbers.Where(n => n.E164 == InboundApp.BusinessNumber).ExecuteUpdateAsync(s => s.SetProperty(n => n.OrganizationId, organization.Id));
            return organization.Id;
        });

        var cached = await cache.FindOwnerAsync(InboundApp.BusinessNumber, CancellationToken.None);
        cache.Forget(InboundApp.BusinessNumber);
        var fresh = await cache.FindOwnerAsync(InboundApp.BusinessNumber, CancellationToken.None);
        var unknown = await cache.FindOwnerAsync("+15005550000", CancellationToken.None);

        Assert.Equal(first, cached);
        Assert.NotEqual(other, first);
        Assert.Equal(other, fresh);
        Assert.Null(unknown);
    }
}
