using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Webhooks;

/// <summary>
/// Which organisation owns a business number, remembered for
/// <see cref="NumberOwnerCacheOptions.NumberOwnerCacheTtl"/> so that a webhook does not cost a
/// query (and a DbContext) before its signature is even checked. <c>Numbers/</c> calls
/// <see cref="Forget"/> when it connects a number, so this instance sees the change at once;
/// other instances see it when their entry runs out. Unknown numbers are not remembered: a number
/// connected on another instance is found on its first webhook here.
/// </summary>
public sealed class NumberOwnerCache(IServiceScopeFactory scopes, IOptionsMonitor<NumberOwnerCacheOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> owners = new(StringComparer.Ordinal);

    // Bumped by Forget: a lookup that started before it does not store what it read.
    private long generation;

    public async ValueTask<Guid?> FindOwnerAsync(string e164, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e164);
        var now = time.GetUtcNow();
        if (owners.TryGetValue(e164, out var entry) && entry.Until > now)
        {
            return entry.Owner;
        }

        var seen = Interlocked.Read(ref generation);
        var owner = await LoadAsync(e164, ct);
        var ttl = options.CurrentValue.NumberOwnerCacheTtl;
        if (owner is { } id && ttl > TimeSpan.Zero)
        {
            owners[e164] = new Entry(id, now + ttl);
            if (Interlocked.Read(ref generation) != seen)
            {
                owners.TryRemove(e164, out _);
            }
        }
        else
        {
            owners.TryRemove(e164, out _);
        }

        return owner;
    }

    /// <summary>The number's owner or webhooks changed: the next webhook for it looks again.</summary>
    public void Forget(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        Interlocked.Increment(ref generation);
        owners.TryRemove(e164, out _);
    }

    private async Task<Guid?> LoadAsync(string e164, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        using (scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem())
        {
            return await db.PhoneNumbers.AsNoTracking().Where(n => n.E164 == e164)
                .Select(n => (Guid?)n.OrganizationId).SingleOrDefaultAsync(ct);
        }
    }

    private sealed record Entry(Guid Owner, DateTimeOffset Until);
}
