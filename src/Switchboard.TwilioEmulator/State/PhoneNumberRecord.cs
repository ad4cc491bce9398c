namespace Switchboard.TwilioEmulator.State;

/// <summary>A number the account owns (an IncomingPhoneNumber), with its webhook configuration.</summary>
public sealed class PhoneNumberRecord
{
    public required string Sid { get; init; }

    /// <summary>The account (main or subaccount) that owns the number; its token signs the number's webhooks.</summary>
    public required string AccountSid { get; init; }

    public required string PhoneNumber { get; init; }
    public required string FriendlyName { get; set; }
    public required DateTimeOffset DateCreated { get; init; }
    public required DateTimeOffset DateUpdated { get; set; }
    public string SmsUrl { get; set; } = "";
    public string SmsMethod { get; set; } = "POST";
    public string SmsFallbackUrl { get; set; } = "";
    public string SmsFallbackMethod { get; set; } = "POST";
    public string? SmsApplicationSid { get; set; }
    public string VoiceUrl { get; set; } = "";
    public string VoiceMethod { get; set; } = "POST";
    public string VoiceFallbackUrl { get; set; } = "";
    public string VoiceFallbackMethod { get; set; } = "POST";
    public string? VoiceApplicationSid { get; set; }
    public bool VoiceCallerIdLookup { get; set; }
    public string VoiceReceiveMode { get; set; } = "voice";
    public string StatusCallback { get; set; } = "";
    public string StatusCallbackMethod { get; set; } = "POST";
    public string? TrunkSid { get; set; }
    public string? AddressSid { get; set; }
    public string? IdentitySid { get; set; }
    public string? BundleSid { get; set; }
    public string EmergencyStatus { get; set; } = "Inactive";
    public string? EmergencyAddressSid { get; set; }

    public SenderKind Kind => PhoneNumbers.KindOf(PhoneNumber);
}
