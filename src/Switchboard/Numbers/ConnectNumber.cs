using Microsoft.EntityFrameworkCore;
using Switchboard.Data;
using Switchboard.Tenancy;
using Switchboard.Twilio.Rest;
using Switchboard.Webhooks;

namespace Switchboard.Numbers;

/// <summary>
/// Connects one of the account's Twilio numbers to this app: points its messaging and voice
/// webhooks at our public URL (when we know it) and records it under the organisation.
/// </summary>
public sealed class ConnectNumber(SwitchboardDbContext db, ITenantContext tenant, NumberOwnerCache owners, ILogger<ConnectNumber> logger)
{
    public async Task<PhoneNumber> ExecuteAsync(
        TwilioRestClient twilio, Organization organization, string e164, Uri? publicBaseUrl, CancellationToken ct)
    {
        IncomingPhoneNumberResource? incoming = null;
        await foreach (var candidate in twilio.IncomingPhoneNumbers.ListAsync(new() { PhoneNumber = e164 }, cancellationToken: ct))
        {
            if (candidate.PhoneNumber == e164)
            {
                incoming = candidate;
                break;
            }
        }

        if (incoming is null)
        {
            throw new InvalidOperationException(
                $"The Twilio account {twilio.AccountSid} does not own {e164}; buy it or fix the configured number.");
        }

        if (publicBaseUrl is not null)
        {
            incoming = await twilio.IncomingPhoneNumbers.UpdateAsync(incoming.Sid!, new UpdateIncomingPhoneNumberRequest
            {
                SmsUrl = new Uri(publicBaseUrl, WebhookPaths.Sms),
                SmsMethod = "POST",
                VoiceUrl = new Uri(publicBaseUrl, WebhookPaths.Voice),
                VoiceMethod = "POST",
                StatusCallback = new Uri(publicBaseUrl, WebhookPaths.VoiceStatus),
                StatusCallbackMethod = "POST",
            }, ct);
            logger.LogInformation("Pointed the webhooks of {PhoneNumber} at {PublicBaseUrl}", e164, publicBaseUrl);
        }

        PhoneNumber? number;
        using (tenant.AsSystem())
        {
            number = await db.PhoneNumbers.SingleOrDefaultAsync(n => n.E164 == e164, ct);
        }

        if (number is not null && number.OrganizationId != organization.Id)
        {
            throw new InvalidOperationException($"{e164} already belongs to another organisation.");
        }

        if (number is null)
        {
            number = new PhoneNumber { E164 = e164, OrganizationId = organization.Id };
            db.PhoneNumbers.Add(number);
        }

        number.TwilioSid = incoming.Sid;
        number.FriendlyName = incoming.FriendlyName;
        number.Kind = PhoneNumberKinds.Of(e164);
        number.SupportsSms = incoming.Capabilities?.Sms ?? true;
        number.SupportsMms = incoming.Capabilities?.Mms ?? false;
        number.SupportsVoice = incoming.Capabilities?.Voice ?? false;
        await db.SaveChangesAsync(ct);
        owners.Forget(e164);
        return number;
    }
}
