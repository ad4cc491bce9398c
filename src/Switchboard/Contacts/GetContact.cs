using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Contacts;

/// <summary><c>GET /api/v1/contacts/{id}</c>.</summary>
public static class GetContact
{
    public static async Task<Results<Ok<ContactResponse>, NotFound>> HandleAsync(Guid id, SwitchboardDbContext db, CancellationToken ct)
    {
        // Tenant-filtered: another organisation's contact is not found.
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        return contact is null ? TypedResults.NotFound() : TypedResults.Ok(ContactResponse.Of(contact));
    }
}
