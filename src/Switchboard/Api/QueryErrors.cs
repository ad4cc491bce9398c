using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts.Phones;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Api;

/// <summary>
/// Collects what is wrong with a request's query, by field, for one validation problem answer
/// (<c>errors: {"status": ["..."]}</c>) instead of failing on the first bad filter.
/// </summary>
public sealed class QueryErrors
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(errors, title: "The query has invalid filters.");

    public Guid? Guid(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (System.Guid.TryParse(value, out var id))
        {
            return id;
        }

        Add(field, $"{field} must be an id such as 0193a6c2-7b3e-7c4d-9a51-2f0c8e4b1d6a.");
        return null;
    }

    public bool? Boolean(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        Add(field, $"{field} must be true or false.");
        return null;
    }

    /// <summary>An enum filter written as the API writes the value (snake_case words).</summary>
    public TEnum? Enum<TEnum>(string field, string? value)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        var match = System.Enum.GetValues<TEnum>().Where(e => ApiWords.Of(e) == value.Trim().ToLowerInvariant()).Select(e => (TEnum?)e).FirstOrDefault();
        if (match is null)
        {
            Add(field, $"{field} must be one of: {string.Join(", ", System.Enum.GetValues<TEnum>().Select(e => ApiWords.Of(e)))}.");
        }

        return match;
    }

    /// <summary>A phone filter, normalised as stored (with the organisation's default country).</summary>
    public async Task<string?> PhoneAsync(string field, string? value, SwitchboardDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tenant);
        if (value is null)
        {
            return null;
        }

        var country = await db.Organizations.Where(o => o.Id == tenant.OrganizationId).Select(o => o.DefaultCountry).SingleAsync(ct);
        var normalized = PhoneNumberNormalizer.Normalize(value, country);
        if (!normalized.IsValid)
        {
            Add(field, normalized.Error);
            return null;
        }

        return normalized.Value;
    }
}

/// <summary>Enum values as the API's JSON writes them (see ApiFeature).</summary>
public static class ApiWords
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
