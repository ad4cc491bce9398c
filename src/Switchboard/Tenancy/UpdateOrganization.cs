using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts.Phones;
using Switchboard.Data;
using Switchboard.Delivery;

namespace Switchboard.Tenancy;

/// <summary>
/// <c>PATCH /api/v1/organization</c> (admins): the organisation's name, default country for numbers
/// written without a country code, and the reply to HELP. Fields left out stay as they are; an empty
/// <c>helpText</c> goes back to the generated default.
/// </summary>
public static class UpdateOrganization
{
    public const int MaxNameLength = 200;

    /// <summary>Twilio's limit for one message body.</summary>
    public const int MaxHelpTextLength = 1600;

    public sealed record Request(string? Name, string? DefaultCountry, string? HelpText);

    public static async Task<Results<Ok<GetOrganization.Response>, NotFound, ProblemHttpResult>> HandleAsync(
        Request request, SwitchboardDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Validate(request) is { } problem)
        {
            return problem.ToResult();
        }

        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Id == tenant.OrganizationId, ct);
        if (organization is null)
        {
            return TypedResults.NotFound();
        }

        if (request.Name is not null)
        {
            organization.Name = request.Name.Trim();
        }

        if (request.DefaultCountry is not null)
        {
            organization.DefaultCountry = request.DefaultCountry.Trim().ToUpperInvariant();
        }

        if (request.HelpText is not null)
        {
            organization.HelpText = string.IsNullOrWhiteSpace(request.HelpText) ? null : request.HelpText.Trim();
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(GetOrganization.Describe(organization));
    }

    private static FieldProblem? Validate(Request request)
    {
        if (request.Name is { } name && (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength))
        {
            return new FieldProblem("name", "invalid_name", $"name must be 1 to {MaxNameLength} characters.");
        }

        if (request.DefaultCountry is { } country && CountryNumberingPlans.Find(country.ToUpperInvariant()) is null)
        {
            return new FieldProblem("defaultCountry", "unknown_country", $"'{country}' is not an ISO 3166 country code we know (for example US, CA, GB, FR).");
        }

        if (request.HelpText is { } help && help.Trim().Length > MaxHelpTextLength)
        {
            return new FieldProblem("helpText", "too_long", $"helpText must be at most {MaxHelpTextLength} characters.");
        }

        return null;
    }
}
