using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Switchboard.TwilioAccount.Credentials;

/// <summary>
/// Organisations' decrypted credentials (or the fact that they have none), kept in memory so that
/// webhooks and sends do not read and decrypt them each time. A change on this instance drops the
/// entry at once; other instances see it when the entry expires
/// (<see cref="TwilioAccountOptions.CredentialCacheDuration"/>).
/// </summary>
public sealed class TwilioCredentialCache(TimeProvider time, IOptions<TwilioAccountOptions> options)
{
    private readonly ConcurrentDictionary<Guid, Entry> entries = new();
    private long generation;

    /// <summary>Take before loading; <see cref="Set"/> ignores a load that an invalidation overtook.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public bool TryGet(Guid organizationId, out TwilioAccountAccess? own)
    {
        own = null;
        if (!entries.TryGetValue(organizationId, out var entry) || entry.Expires <= time.GetUtcNow())
        {
            return false;
        }

        own = entry.Own;
        return true;
    }

    public void Set(Guid organizationId, TwilioAccountAccess? own, long loadedAtGeneration)
    {
        var entry = new Entry(own, time.GetUtcNow() + options.Value.CredentialCacheDuration);
        if (loadedAtGeneration == Generation)
        {
            entries[organizationId] = entry;
        }
    }

    public void Invalidate(Guid organizationId)
    {
        Interlocked.Increment(ref generation);
        entries.TryRemove(organizationId, out _);
    }

    private sealed class Entry(TwilioAccountAccess? own, DateTimeOffset expires)
    {
        public TwilioAccountAccess? Own { get; } = own;

        public DateTimeOffset Expires { get; } = expires;
    }
}
