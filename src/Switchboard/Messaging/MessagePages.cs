using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Api;
using Switchboard.Data;

namespace Switchboard.Messaging;

/// <summary>One page of the messages of something (a contact, a conversation), newest first.</summary>
internal static class MessagePages
{
    /// <param name="ownerExists">Tenant-filtered, so another organisation's owner is not found rather than forbidden.</param>
    public static async Task<Results<Ok<Paged<MessageResponse>>, NotFound, ValidationProblem>> OfAsync(
        SwitchboardDbContext db, Func<CancellationToken, Task<bool>> ownerExists, IQueryable<Message> messages, string? page, string? pageSize, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.Parse(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await ownerExists(ct))
        {
            return TypedResults.NotFound();
        }

        var ordered = messages.AsNoTracking().OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id);
        return TypedResults.Ok(await MessageMediaLoader.AttachAsync(db, await paging.ToPageAsync(ordered, MessageResponse.Of, ct), ct));
    }
}
