namespace Switchboard.Twilio.Webhooks;

/// <summary>A JSON webhook's signed URL (with <c>bodySHA256</c>) and its signature.</summary>
public sealed record SignedJsonWebhook(string Url, string Signature);
