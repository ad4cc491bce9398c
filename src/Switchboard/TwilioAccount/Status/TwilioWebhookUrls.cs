using Microsoft.Extensions.Options;
using Switchboard.Setup;
using Switchboard.Webhooks;

namespace Switchboard.TwilioAccount.Status;

/// <summary>The four URLs to give Twilio for a number, on our public base URL.</summary>
public sealed record TwilioWebhookUrls(string Sms, string SmsStatus, string Voice, string VoiceStatus)
{
    /// <summary>
    /// From <c>PUBLIC_BASE_URL</c>; in sandbox mode, from the address the app listens on (what the
    /// sandbox number is wired to), else this request's. Null in live mode without <c>PUBLIC_BASE_URL</c>.
    /// </summary>
    public static TwilioWebhookUrls? For(IOptions<TwilioAccountOptions> account, SetupState setup, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(request);
        var candidates = account.Value.Mode == TwilioMode.Sandbox
            ? new[] { account.Value.PublicBaseUrl, setup?.Banner?.PublicBaseUrl, $"{request.Scheme}://{request.Host}" }
            : [account.Value.PublicBaseUrl];
        var root = candidates.Select(c => Uri.TryCreate(c, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null)
            .FirstOrDefault(u => u is not null);
        return root is null ? null : new TwilioWebhookUrls(
            new Uri(root, WebhookPaths.Sms).ToString(), new Uri(root, WebhookPaths.SmsStatus).ToString(),
            new Uri(root, WebhookPaths.Voice).ToString(), new Uri(root, WebhookPaths.VoiceStatus).ToString());
    }
}
