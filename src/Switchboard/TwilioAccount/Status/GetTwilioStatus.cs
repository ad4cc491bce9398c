using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Numbers;
using Switchboard.Setup;
using Switchboard.Tenancy;
using Switchboard.Twilio.Rest;
using Switchboard.TwilioAccount.Credentials;

namespace Switchboard.TwilioAccount.Status;

/// <summary>
/// <c>GET /api/v1/twilio/status</c>: which account the organisation uses, in which mode, its last
/// verification, the URLs to give Twilio, and whether each of its numbers points at them. Agents
/// may read it: it holds no secret and helps them see why texts do not arrive.
/// </summary>
public static class GetTwilioStatus
{
    public sealed record Response(
        string Configured, string Mode, string AccountSid, TwilioCredentialsResponse? Credentials,
        string WebhookSignatures, TwilioWebhookUrls? WebhookUrls, string? WebhookUrlsHint, IReadOnlyList<NumberStatus> Numbers);

    /// <summary><c>webhooksPointHere</c> is null when Twilio could not tell (see <c>problem</c>).</summary>
    public sealed record NumberStatus(string PhoneNumber, string? TwilioSid, bool? WebhooksPointHere, string? SmsUrl, string? VoiceUrl, string? Problem);

    public static async Task<Ok<Response>> HandleAsync(
        SwitchboardDbContext db, ITenantContext tenant, OrganizationTwilioAccounts accounts, IOptions<TwilioAccountOptions> options,
        SetupState setup, HttpRequest request, CancellationToken ct)
    {
        var organizationId = tenant.OrganizationId ?? throw new TenantNotSetException();
        var row = await db.Set<OrganizationTwilioCredentials>().AsNoTracking().SingleOrDefaultAsync(ct);
        var access = await accounts.ForAsync(organizationId, ct);
        var urls = TwilioWebhookUrls.For(options, setup, request);
        var numbers = await db.PhoneNumbers.AsNoTracking().OrderBy(n => n.E164).ToListAsync(ct);
        var twilio = accounts.Client(access);
        var statuses = new List<NumberStatus>();
        foreach (var number in numbers)
        {
            statuses.Add(await CheckAsync(twilio, number, urls, ct));
        }

        var mode = options.Value.Mode == TwilioMode.Sandbox ? "sandbox" : options.Value.TestMode ? "test" : "live";
        return TypedResults.Ok(new Response(
            row is null ? "deployment" : "own", mode, MaskedSid.Of(access.AccountSid), row is null ? null : TwilioCredentialsResponse.Of(row),
            access.WebhookAuthToken is null ? "needs_auth_token" : "checked",
            urls, urls is null ? "Set PUBLIC_BASE_URL to the address Twilio can reach this app at." : null, statuses));
    }

    private static async Task<NumberStatus> CheckAsync(TwilioRestClient twilio, PhoneNumber number, TwilioWebhookUrls? urls, CancellationToken ct)
    {
        if (number.TwilioSid is null)
        {
            return new(number.E164, null, null, null, null, "Not a Twilio number (no IncomingPhoneNumber SID).");
        }

        try
        {
            var incoming = await twilio.IncomingPhoneNumbers.FetchAsync(number.TwilioSid, ct);
            var pointsHere = urls is null ? (bool?)null : incoming.SmsUrl == urls.Sms && (!number.SupportsVoice || incoming.VoiceUrl == urls.Voice);
            return new(number.E164, number.TwilioSid, pointsHere, incoming.SmsUrl, incoming.VoiceUrl, null);
        }
        catch (TwilioApiException error)
        {
            var problem = error.Code == 20404
                ? $"The account {MaskedSid.Of(twilio.AccountSid)} does not own this number."
                : $"Twilio answered error {error.Code}: {error.TwilioMessage}";
            return new(number.E164, number.TwilioSid, null, null, null, problem);
        }
    }
}
