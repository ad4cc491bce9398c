namespace Switchboard.Webhooks;

/// <summary>The paths Twilio calls. Numbers are configured with these, so they never change.</summary>
public static class WebhookPaths
{
    /// <summary>Every path Twilio calls starts with this.</summary>
    public const string Prefix = "/webhooks/twilio";

    public const string Sms = "/webhooks/twilio/sms";
    public const string SmsStatus = "/webhooks/twilio/sms/status";
    public const string Voice = "/webhooks/twilio/voice";
    public const string VoiceStatus = "/webhooks/twilio/voice/status";

    public static IReadOnlyList<string> All { get; } = [Sms, SmsStatus, Voice, VoiceStatus];
}
