using Microsoft.EntityFrameworkCore;
using Switchboard.Api;
using Switchboard.Data;

namespace Switchboard.Messaging;

/// <summary>One attachment of an MMS as the API shows it, in Twilio's order.</summary>
public sealed record MediaResponse(string Url, string? ContentType);

/// <summary>Fills in the attachments of messages read for an answer: one query per page, not per message.</summary>
internal static class MessageMediaLoader
{
    public static async Task<Paged<MessageResponse>> AttachAsync(SwitchboardDbContext db, Paged<MessageResponse> page, CancellationToken ct)
    {
        var media = await ForAsync(db, page.Items.Select(m => m.Id).ToList(), ct);
        return media.Count == 0
            ? page
            : page with { Items = page.Items.Select(m => media.TryGetValue(m.Id, out var list) ? m with { Media = list } : m).ToList() };
    }

    public static async Task<IReadOnlyList<MediaResponse>> ForMessageAsync(SwitchboardDbContext db, Guid messageId, CancellationToken ct) =>
        (await ForAsync(db, [messageId], ct)).GetValueOrDefault(messageId, []);

    private static async Task<Dictionary<Guid, IReadOnlyList<MediaResponse>>> ForAsync(SwitchboardDbContext db, List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.MessageMedia.AsNoTracking().Where(m => ids.Contains(m.MessageId))
            .Select(m => new { m.MessageId, m.Position, m.Url, m.ContentType }).ToListAsync(ct);
        return rows.GroupBy(r => r.MessageId).ToDictionary(
            g => g.Key, IReadOnlyList<MediaResponse> (g) => g.OrderBy(r => r.Position).Select(r => new MediaResponse(r.Url, r.ContentType)).ToList());
    }
}
