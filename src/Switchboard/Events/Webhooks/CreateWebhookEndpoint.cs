using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.TwilioAccount;

namespace Switchboard.Events.Webhooks;

/// <summary><c>POST /api/v1/webhooks/endpoints</c>: registers a receiver; the answer carries its secret, once.</summary>
public static partial class CreateWebhookEndpoint
{
    public sealed record Request(string? Url, IReadOnlyList<string>? EventTypes, string? Description);

    public static async Task<Results<Created<WebhookEndpointResponse>, ValidationProblem>> HandleAsync(
        Request request,
        SwitchboardDbContext db,
        WebhookSecrets secrets,
        IOptions<TwilioAccountOptions> twilio,
        TimeProvider time,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = Validate(request, allowLoopbackHttp: twilio.Value.Mode == TwilioMode.Sandbox);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var secret = WebhookSignature.NewSecret();
        var endpoint = new WebhookEndpoint
        {
            Url = request.Url!,
            EventTypes = string.Join(',', request.EventTypes!.Distinct(StringComparer.Ordinal)),
            Description = request.Description,
            ProtectedSecret = secrets.Protect(secret),
            // Only events committed from now on are owed to this endpoint.
            AfterEventId = await db.Events.MaxAsync(e => (long?)e.Id, ct) ?? 0,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.WebhookEndpoints().Add(endpoint);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/webhooks/endpoints/{endpoint.Id}", WebhookEndpointResponse.From(endpoint, secret));
    }

    private static Dictionary<string, string[]> Validate(Request request, bool allowLoopbackHttp)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url))
        {
            errors["url"] = ["An absolute https URL is required."];
        }
        else if (url.Scheme != Uri.UriSchemeHttps && !(allowLoopbackHttp && url.Scheme == Uri.UriSchemeHttp && IsLoopback(url)))
        {
            // Payloads carry phone numbers and message ids: never in clear over a network.
            errors["url"] = ["The URL must use https (http is accepted only for loopback addresses in sandbox mode)."];
        }

        if (request.EventTypes is not { Count: > 0 } types || types.Any(t => t is null || !EventTypeName().IsMatch(t)))
        {
            errors["eventTypes"] = ["Give one or more event types, such as \"sms_received\"."];
        }

        return errors;
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host, out var address) && IPAddress.IsLoopback(address));

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    private static partial Regex EventTypeName();
}
