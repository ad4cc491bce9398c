using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Api;
using Switchboard.Data;
using Switchboard.Messaging;

namespace Switchboard.Contacts;

/// <summary><c>GET /api/v1/contacts/{id}/messages</c>: everything to and from the contact, newest first.</summary>
public static class ListContactMessages
{
    public static Task<Results<Ok<Paged<MessageResponse>>, NotFound, ValidationProblem>> HandleAsync(
        Guid id, SwitchboardDbContext db, string? page, string? pageSize, CancellationToken ct) =>
        MessagePages.OfAsync(db, c => db.Contacts.AnyAsync(x => x.Id == id, c), db.Messages.Where(m => m.ContactId == id), page, pageSize, ct);
}
