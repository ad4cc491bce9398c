using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Api;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Contacts;

/// <summary><c>GET /api/v1/contacts</c>: newest first; filters phone, optedOut, leadSource.</summary>
public static class ListContacts
{
    public static async Task<Results<Ok<Paged<ContactResponse>>, ValidationProblem>> HandleAsync(
        SwitchboardDbContext db, ITenantContext tenant, string? phone, string? optedOut, string? leadSource,
        string? page, string? pageSize, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.Parse(page, pageSize, errors);
        var phoneFilter = await errors.PhoneAsync("phone", phone, db, tenant, ct);
        var optedOutFilter = errors.Boolean("optedOut", optedOut);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Contacts.AsNoTracking();
        if (phoneFilter is not null)
        {
            query = query.Where(c => c.Phone == phoneFilter);
        }

        if (optedOutFilter is { } flag)
        {
            query = query.Where(c => c.OptedOut == flag);
        }

        if (leadSource is not null)
        {
            query = query.Where(c => c.LeadSource == leadSource);
        }

        var ordered = query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id);
        return TypedResults.Ok(await paging.ToPageAsync(ordered, ContactResponse.Of, ct));
    }
}
