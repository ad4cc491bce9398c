using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Numbers;
using Switchboard.Tenancy;

namespace Switchboard.Delivery;

/// <summary>
/// Claims due outbox rows for this pass with a lease that expires (ADR 0003). On PostgreSQL the
/// candidate rows are locked with FOR UPDATE SKIP LOCKED so instances never wait for each other;
/// on SQLite, a single writer, the conditional UPDATE alone is atomic. Either way a row whose
/// lease has not expired is never taken.
/// </summary>
public sealed class OutboxClaimer(SwitchboardDbContext db, ITenantContext tenant)
{
    public sealed record Claimed(Guid Id, Guid OrganizationId, Guid MessageId, string From, int Segments, DateTime DueAt, PhoneNumberKind Kind, double? MpsOverride);

    public async Task<IReadOnlyList<Claimed>> ClaimAsync(DateTime now, TimeSpan lease, int batch, CancellationToken ct)
    {
        var token = Guid.NewGuid().ToString("N");
        var until = now + lease;
        using (tenant.AsSystem())
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    UPDATE outbox_messages SET lease_owner = {token}, lease_until = {until}
                    WHERE id IN (SELECT id FROM outbox_messages
                                 WHERE due_at <= {now} AND (lease_until IS NULL OR lease_until < {now})
                                 ORDER BY due_at LIMIT {batch} FOR UPDATE SKIP LOCKED)
                    """, ct);
            }
            else
            {
                var candidates = await db.OutboxMessages.Where(o => o.DueAt <= now && (o.LeaseUntil == null || o.LeaseUntil < now))
                    .OrderBy(o => o.DueAt).Take(batch).Select(o => o.Id).ToListAsync(ct);
                if (candidates.Count == 0)
                {
                    return [];
                }

                await db.OutboxMessages.Where(o => candidates.Contains(o.Id) && (o.LeaseUntil == null || o.LeaseUntil < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseOwner, token).SetProperty(o => o.LeaseUntil, until), ct);
            }

            var rows = await db.OutboxMessages.AsNoTracking().Where(o => o.LeaseOwner == token)
                .Join(db.Messages, o => o.MessageId, m => m.Id, (o, m) => new { o.Id, o.OrganizationId, o.MessageId, m.From, m.Segments, o.DueAt })
                .OrderBy(r => r.DueAt).ToListAsync(ct);
            var froms = rows.Select(r => r.From).Distinct().ToList();
            var senders = await db.PhoneNumbers.AsNoTracking().Where(n => froms.Contains(n.E164))
                .ToDictionaryAsync(n => n.E164, n => (n.Kind, n.MpsOverride), ct);
            return rows.Select(r =>
            {
                var (kind, mps) = senders.GetValueOrDefault(r.From, (PhoneNumberKinds.Of(r.From), null));
                return new Claimed(r.Id, r.OrganizationId, r.MessageId, r.From, r.Segments, r.DueAt, kind, mps);
            }).ToList();
        }
    }

    /// <summary>Gives a claimed row back until <paramref name="dueAt"/> (its pacing slot is too far ahead).</summary>
    public async Task ReleaseAsync(Guid id, DateTime dueAt, CancellationToken ct)
    {
        using (tenant.AsSystem())
        {
            await db.OutboxMessages.Where(o => o.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.DueAt, dueAt).SetProperty(o => o.LeaseUntil, (DateTime?)null).SetProperty(o => o.LeaseOwner, (string?)null), ct);
        }
    }
}
