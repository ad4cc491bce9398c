using Microsoft.Extensions.Options;
using Switchboard.Setup;
using Switchboard.TwilioAccount;
using Switchboard.Webhooks;

namespace Switchboard.Delivery;

/// <summary>
/// Where Twilio posts a message's status: our public URL plus <c>?mid=</c> our message id, so a
/// callback finds its message even before the sid is stored (or if it never is, after a crash).
/// </summary>
public sealed class StatusCallbackUrl(IOptions<TwilioAccountOptions> account, SetupState setup)
{
    public const string MessageIdParameter = "mid";

    public Uri? For(Guid messageId)
    {
        var baseUrl = account.Value.PublicBaseUrl ?? setup.Banner?.PublicBaseUrl;
        return Uri.TryCreate(baseUrl, UriKind.Absolute, out var root) && root.Scheme is "http" or "https"
            ? new Uri(root, $"{WebhookPaths.SmsStatus}?{MessageIdParameter}={messageId:D}")
            : null;
    }
}
