using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Messaging;

namespace Switchboard.Delivery;

/// <summary>
/// The messages a batch of status callbacks is about, read at once: by our id (<c>mid</c>) in one
/// query, the rest by sid in another, and their status history in a third. A callback finds its
/// message by our id, else by sid (also a sid an earlier callback of the batch gave a message),
/// and only within the organisation it was signed for.
/// </summary>
internal sealed class StatusCallbackTargets
{
    private readonly Dictionary<Guid, MessageStatusProgress> byId = [];
    private readonly Dictionary<string, MessageStatusProgress> bySid = new(StringComparer.Ordinal);

    /// <summary>The statuses each message has a history row for, including those the batch added.</summary>
    public HashSet<(Guid MessageId, MessageStatus Status)> History { get; } = [];

    /// <summary>The messages found, each once, in the order first found.</summary>
    public List<MessageStatusProgress> Touched { get; } = [];

    public static async Task<StatusCallbackTargets> LoadAsync(SwitchboardDbContext db, IReadOnlyList<StatusCallbackWrite> batch, CancellationToken ct)
    {
        var targets = new StatusCallbackTargets();
        var ids = batch.Where(w => w.MessageId is not null).Select(w => w.MessageId!.Value).Distinct().ToList();
        if (ids.Count > 0)
        {
            targets.Add(await Select(db.Messages.Where(m => ids.Contains(m.Id))).ToListAsync(ct));
        }

        var sids = batch.Where(w => w.MessageId is not { } id || !targets.byId.ContainsKey(id)).Select(w => w.Sid).Distinct().ToList();
        if (sids.Count > 0)
        {
            targets.Add(await Select(db.Messages.Where(m => m.TwilioSid != null && sids.Contains(m.TwilioSid))).ToListAsync(ct));
        }

        var found = targets.byId.Keys.ToList();
        if (found.Count > 0)
        {
            var history = await db.MessageStatusChanges.Where(c => found.Contains(c.MessageId)).Select(c => new { c.MessageId, c.Status }).ToListAsync(ct);
            targets.History.UnionWith(history.Select(c => (c.MessageId, c.Status)));
        }

        return targets;
    }

    public MessageStatusProgress? Find(StatusCallbackWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (!(write.MessageId is { } id && byId.TryGetValue(id, out var progress)))
        {
            bySid.TryGetValue(write.Sid, out progress);
        }

        if (progress is null || (write.OrganizationId is { } organization && progress.Target.OrganizationId != organization))
        {
            return null;
        }

        if (!Touched.Contains(progress))
        {
            Touched.Add(progress);
        }

        return progress;
    }

    public void TakeSid(MessageStatusProgress progress, string sid)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Sid is null)
        {
            progress.TakeSid(sid);
            bySid.TryAdd(sid, progress);
        }
    }

    private static IQueryable<StatusTarget> Select(IQueryable<Message> messages) =>
        messages.AsNoTracking().Select(m => new StatusTarget(m.Id, m.OrganizationId, m.TwilioSid, m.To, m.From, m.Status));

    private void Add(List<StatusTarget> loaded)
    {
        foreach (var target in loaded.Where(t => !byId.ContainsKey(t.Id)))
        {
            var progress = new MessageStatusProgress(target);
            byId.Add(target.Id, progress);
            if (target.TwilioSid is { } sid)
            {
                bySid.TryAdd(sid, progress);
            }
        }
    }
}
