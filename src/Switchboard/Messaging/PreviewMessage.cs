using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts.Phones;
using Switchboard.Data;
using Switchboard.Delivery;
using Switchboard.Tenancy;
using Switchboard.Twilio.Messaging;

namespace Switchboard.Messaging;

/// <summary>
/// <c>POST /api/v1/messages/preview</c> (or GET with query parameters): what a send would produce,
/// without sending: the rendered body, its encoding and segments, the characters that forced
/// UCS-2, the sender, and the estimated cost.
/// </summary>
public static class PreviewMessage
{
    public sealed record Response(
        string Body, string? Language, Twilio.Messaging.MessageEncoding Encoding, int Segments, int Length, IReadOnlyList<string> UnicodeCharacters,
        string? From, decimal EstimatedCost, string Currency, IReadOnlyList<string> MissingVariables, bool CanSend, FieldProblem? Problem);

    public static Task<Ok<Response>> GetAsync(
        string? to, string? body, Guid? templateId, string? language, string? from, HttpRequest http,
        SwitchboardDbContext db, ITenantContext tenant, MessageComposer composer, SenderSelector senders, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        // Variables come as var.name=value query parameters.
        var variables = http.Query.Where(q => q.Key.StartsWith("var.", StringComparison.Ordinal))
            .ToDictionary(q => q.Key[4..], q => q.Value.ToString(), StringComparer.Ordinal);
        return PostAsync(new SendMessage.Request(to, body, templateId, variables, from, null, language), db, tenant, composer, senders, ct);
    }

    public static async Task<Ok<Response>> PostAsync(
        SendMessage.Request request, SwitchboardDbContext db, ITenantContext tenant, MessageComposer composer, SenderSelector senders, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tenant);
        var country = await db.Organizations.Where(o => o.Id == tenant.OrganizationId).Select(o => o.DefaultCountry).SingleAsync(ct);
        var to = string.IsNullOrWhiteSpace(request.To) ? null : PhoneNumberNormalizer.Normalize(request.To, country);
        var contact = to is { IsValid: true } ? await RecipientThread.FindContactAsync(db, to.Value!, ct) : null;
        var composition = await composer.ComposeAsync(request.ToOutbound(), contact, ct);
        var (number, senderProblem) = await senders.ChooseAsync(request.From, contact, ct);
        var info = SegmentCalculator.Calculate(composition.Body);
        var destination = to is { IsValid: true } ? PhoneNumberNormalizer.CountryOf(to.Value!) : country;
        var problem = composition.Problem ?? senderProblem
            ?? (contact is { OptedOut: true } ? new FieldProblem("to", "recipient_opted_out", "The recipient has opted out.", 422) : null);
        return TypedResults.Ok(new Response(
            composition.Body, composition.Language, info.Encoding, info.Segments, info.Length, info.UnicodeCharacters, number?.E164,
            SmsPriceTable.Estimate(destination, info.Segments), SmsPriceTable.Currency, composition.Missing, problem is null, problem));
    }
}
