namespace Switchboard.Twilio.Webhooks;

/// <summary>How incoming Twilio webhooks are checked.</summary>
public sealed class TwilioWebhookOptions
{
    /// <summary>
    /// The public base URL Twilio calls (the app binds <c>PUBLIC_BASE_URL</c>), e.g.
    /// <c>https://sms.example.com</c>. The signed URL is this plus the request's raw path and query,
    /// so include any path prefix a proxy strips. When unset, the request's own scheme and
    /// <c>Host</c> are used, which is only right without a proxy in front.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Largest JSON webhook body read to check its hash (default 1 MiB). The body is buffered before
    /// the signature is known, so this bounds what an unsigned request can make us hold; larger get 413.
    /// </summary>
    public int MaxJsonBodyBytes { get; set; } = 1024 * 1024;
}
