using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts.Phones;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Delivery;

/// <summary>The recipients test mode (TWILIO_TEST_MODE) lets an organisation text.</summary>
public static class VerifiedNumberEndpoints
{
    public sealed record Request(string? Phone);

    public sealed record Item(string Phone, DateTime CreatedAt);

    public static async Task<Ok<List<Item>>> ListAsync(SwitchboardDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.VerifiedNumbers.AsNoTracking().OrderBy(v => v.Phone).Select(v => new Item(v.Phone, v.CreatedAt)).ToListAsync(ct));

    public static async Task<Results<Ok<Item>, ProblemHttpResult>> AddAsync(Request request, SwitchboardDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tenant);
        var country = await db.Organizations.Where(o => o.Id == tenant.OrganizationId).Select(o => o.DefaultCountry).SingleAsync(ct);
        var phone = PhoneNumberNormalizer.Normalize(request.Phone ?? "", country);
        if (!phone.IsValid || phone.Kind != SenderKind.PhoneNumber)
        {
            return new FieldProblem("phone", "invalid_phone", $"'{request.Phone}' is not a phone number.").ToResult();
        }

        var existing = await db.VerifiedNumbers.SingleOrDefaultAsync(v => v.Phone == phone.Value, ct);
        if (existing is null)
        {
            existing = new VerifiedNumber { Phone = phone.Value! };
            db.VerifiedNumbers.Add(existing);
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(new Item(existing.Phone, existing.CreatedAt));
    }

    public static async Task<Results<NoContent, NotFound>> RemoveAsync(string phone, SwitchboardDbContext db, CancellationToken ct) =>
        await db.VerifiedNumbers.Where(v => v.Phone == phone).ExecuteDeleteAsync(ct) == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
}
