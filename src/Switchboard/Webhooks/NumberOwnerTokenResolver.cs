using Switchboard.Tenancy;
using Switchboard.Twilio.Webhooks;
using Switchboard.TwilioAccount;

namespace Switchboard.Webhooks;

/// <summary>
/// Finds the organisation a webhook concerns by the business number in it, makes it the tenant of
/// the request, and returns the auth token its signature must be checked with: that of the
/// organisation's own Twilio account, else the deployment's. Inbound messages
/// and calls name our number in <c>To</c>; status callbacks of what we sent name it in <c>From</c>.
/// </summary>
public sealed class NumberOwnerTokenResolver(
    NumberOwnerCache owners, ITenantContext tenant, DeploymentTwilioAccount account, OrganizationTwilioAccounts accounts)
    : ITwilioAuthTokenResolver
{
    public async ValueTask<string?> ResolveAuthTokenAsync(HttpContext context, IFormCollection? form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (form is null)
        {
            // JSON-bodied webhooks name no number; they are checked with the deployment's token.
            return await account.AuthTokenAsync();
        }

        var ourNumberFirst = context.Request.Path.StartsWithSegments(WebhookPaths.SmsStatus, StringComparison.Ordinal)
            ? new[] { form["From"].ToString(), form["To"].ToString() }
            : [form["To"].ToString(), form["From"].ToString()];
        foreach (var candidate in ourNumberFirst.Where(n => n.Length > 0))
        {
            if (await owners.FindOwnerAsync(candidate, ct) is { } owner)
            {
                tenant.Set(owner);
                context.Items[WebhookContext.PhoneNumberItem] = candidate;
                return await accounts.WebhookAuthTokenAsync(owner, ct);
            }
        }

        return null;
    }
}
