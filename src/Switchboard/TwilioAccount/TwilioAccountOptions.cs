namespace Switchboard.TwilioAccount;

/// <summary>How the app reaches Twilio: a real account (live), or the in-process emulator (sandbox).</summary>
public enum TwilioMode
{
    Sandbox,
    Live,
}

/// <summary>
/// The deployment's Twilio account. Bound from the <c>Twilio</c> section and from the environment
/// variables people already use (<c>TWILIO_ACCOUNT_SID</c>, <c>TWILIO_AUTH_TOKEN</c>,
/// <c>TWILIO_PHONE_NUMBER</c>, <c>TWILIO_TEST_MODE</c>, <c>PUBLIC_BASE_URL</c>).
/// </summary>
public sealed class TwilioAccountOptions
{
    public const string Section = "Twilio";

    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    public string? PhoneNumber { get; set; }

    /// <summary>Like a Twilio trial account: only verified numbers may be sent to.</summary>
    public bool TestMode { get; set; }

    /// <summary>The URL Twilio calls; used to check signatures and to configure numbers.</summary>
    public string? PublicBaseUrl { get; set; }

    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>
    /// How long an instance keeps an organisation's decrypted credentials. A change made on one
    /// instance reaches the others within this time (<c>Twilio:CredentialCacheDuration</c>).
    /// </summary>
    public TimeSpan CredentialCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TwilioMode Mode => string.IsNullOrWhiteSpace(AccountSid) && string.IsNullOrWhiteSpace(AuthToken)
        ? TwilioMode.Sandbox
        : TwilioMode.Live;

    /// <summary>Never prints the auth token.</summary>
    public override string ToString() => $"Twilio {Mode} account {AccountSid ?? "(none)"}";
}
