namespace Switchboard.Webhooks;

/// <summary>What the signature filter learnt about a webhook, for its handler.</summary>
public static class WebhookContext
{
    /// <summary>HttpContext item: the business number (E.164) the webhook was matched by.</summary>
    public const string PhoneNumberItem = "switchboard:webhook-number";
}
