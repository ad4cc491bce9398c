using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Events.Webhooks;

/// <summary>
/// One attempt at one claimed delivery: POST the signed payload, then record the outcome: done,
/// retry later with capped exponential backoff, or give up; and disable the endpoint once it has
/// failed for <see cref="WebhooksOptions.DisableAfter"/>.
/// </summary>
public sealed partial class WebhookAttempt(
    SwitchboardDbContext db,
    ITenantContext tenant,
    IHttpClientFactory http,
    WebhookSecrets secrets,
    IOptions<WebhooksOptions> options,
    TimeProvider time,
    ILogger<WebhookAttempt> logger)
{
    public const string HttpClientName = "webhooks";

    public async Task RunAsync(Guid deliveryId, CancellationToken ct)
    {
        using var system = tenant.AsSystem();
        var delivery = await db.WebhookDeliveries().SingleOrDefaultAsync(d => d.Id == deliveryId, ct);
        var endpoint = delivery is null ? null : await db.WebhookEndpoints().SingleOrDefaultAsync(e => e.Id == delivery.EndpointId, ct);
        if (delivery is null || endpoint is null)
        {
            return;
        }

        if (endpoint.DisabledAt is not null)
        {
            Finish(delivery, WebhookDeliveryStatus.Failed, error: "The endpoint is disabled.");
            await db.SaveChangesAsync(ct);
            return;
        }

        var (statusCode, error) = await PostAsync(endpoint, delivery, ct);
        var now = time.GetUtcNow().UtcDateTime;
        delivery.Attempts++;
        delivery.LastAttemptAt = now;
        delivery.LastStatusCode = statusCode;
        if (error is null)
        {
            Finish(delivery, WebhookDeliveryStatus.Succeeded, error: null);
            delivery.DeliveredAt = now;
            endpoint.FailingSince = null;
        }
        else
        {
            RecordFailure(delivery, endpoint, error, now);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<(int? StatusCode, string? Error)> PostAsync(WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken ct)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secrets.Unprotect(endpoint.ProtectedSecret), timestamp, delivery.Payload));
        request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.DeliveryIdHeader, delivery.Id.ToString());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.RequestTimeout);
        try
        {
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (code, null) : (code, $"The endpoint answered {code}.");
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            // Only the kind of failure is kept: exception text can echo URLs with credentials in them.
            return (null, e is OperationCanceledException ? "The endpoint did not answer in time." : "The endpoint could not be reached.");
        }
    }

    private void RecordFailure(WebhookDelivery delivery, WebhookEndpoint endpoint, string error, DateTime now)
    {
        var settings = options.Value;
        var delay = TimeSpan.FromTicks((long)Math.Min(
            settings.MaxRetryDelay.Ticks,
            settings.FirstRetryDelay.Ticks * Math.Pow(2, Math.Min(delivery.Attempts - 1, 30))));
        if (now + delay > delivery.RetryUntil)
        {
            Finish(delivery, WebhookDeliveryStatus.Failed, error);
        }
        else
        {
            delivery.LastError = error;
            delivery.NextAttemptAt = now + delay;
            delivery.LeaseUntil = null;
        }

        endpoint.FailingSince ??= now;
        if (now - endpoint.FailingSince >= settings.DisableAfter)
        {
            Disable(endpoint, now);
        }
    }

    private void Disable(WebhookEndpoint endpoint, DateTime now)
    {
        endpoint.DisabledAt = now;
        // Written as an event so that admins see it on the stream (and any other endpoint that wants it).
        var record = db.AddEvent(EventTypes.WebhookEndpointDisabled, new
        {
            endpointId = endpoint.Id,
            url = endpoint.Url,
            failingSince = endpoint.FailingSince,
            disabledAt = now,
        });
        record.OrganizationId = endpoint.OrganizationId;
        LogEndpointDisabled(endpoint.Id, endpoint.OrganizationId, endpoint.FailingSince);
    }

    private static void Finish(WebhookDelivery delivery, WebhookDeliveryStatus status, string? error)
    {
        delivery.Status = status;
        delivery.LastError = error;
        delivery.LeaseUntil = null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook endpoint {EndpointId} of organisation {OrganizationId} is disabled: every delivery has failed since {FailingSince}")]
    private partial void LogEndpointDisabled(Guid endpointId, Guid organizationId, DateTime? failingSince);
}
