using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Api;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Conversations;

/// <summary><c>GET /api/v1/conversations</c>: the inbox, most recent activity first.</summary>
public static class ListConversations
{
    public static async Task<Results<Ok<Paged<ConversationResponse>>, ValidationProblem>> HandleAsync(
        SwitchboardDbContext db, ITenantContext tenant, string? status, string? contactId, string? phone,
        string? page, string? pageSize, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.Parse(page, pageSize, errors);
        var statusFilter = errors.Enum<ConversationStatus>("status", status);
        var contactFilter = errors.Guid("contactId", contactId);
        var phoneFilter = await errors.PhoneAsync("phone", phone, db, tenant, ct);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Conversations.AsQueryable();
        if (statusFilter is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        if (contactFilter is { } id)
        {
            query = query.Where(c => c.ContactId == id);
        }

        if (phoneFilter is not null)
        {
            query = query.Where(c => db.Contacts.Any(k => k.Id == c.ContactId && k.Phone == phoneFilter));
        }

        // Filter and order on the entity: EF cannot translate members of a record built by its constructor.
        var ordered = Project(db, query);
        return TypedResults.Ok(await paging.ToPageAsync(ordered, c => c, ct));
    }

    /// <summary>Conversations joined with their contact and number, as the API shows them, most recent activity first.</summary>
    public static IQueryable<ConversationResponse> Project(SwitchboardDbContext db, IQueryable<Conversation> conversations)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from c in conversations
               join contact in db.Contacts on c.ContactId equals contact.Id
               join number in db.PhoneNumbers on c.PhoneNumberId equals number.Id
               orderby c.LastMessageAt descending, c.Id descending
               select new ConversationResponse(
                   c.Id, c.ContactId, contact.Phone, contact.Name, c.PhoneNumberId, number.E164, c.Status, c.UnreadCount,
                   c.LastMessageAt, c.LastMessagePreview, c.CreatedAt, c.UpdatedAt);
    }
}
