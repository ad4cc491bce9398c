using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Numbers;

public static class ListNumbers
{
    public sealed record Item(
        Guid Id, string PhoneNumber, string? TwilioSid, string? FriendlyName, PhoneNumberKind Kind,
        bool Sms, bool Mms, bool Voice, bool RotationEnabled);

    public static async Task<Ok<List<Item>>> HandleAsync(SwitchboardDbContext db, CancellationToken ct)
    {
        var numbers = await db.PhoneNumbers.AsNoTracking()
            .OrderBy(n => n.E164)
            .Select(n => new Item(n.Id, n.E164, n.TwilioSid, n.FriendlyName, n.Kind, n.SupportsSms, n.SupportsMms, n.SupportsVoice, n.RotationEnabled))
            .ToListAsync(ct);
        return TypedResults.Ok(numbers);
    }
}
