namespace Switchboard.Twilio.Rest;

/// <summary>A number the account owns (spec <c>api.v2010.account.incoming_phone_number</c>).</summary>
public sealed record IncomingPhoneNumberResource
{
    public string? Sid { get; init; }

    public string? AccountSid { get; init; }

    public string? PhoneNumber { get; init; }

    public string? FriendlyName { get; init; }

    public PhoneNumberCapabilities? Capabilities { get; init; }

    public string? SmsUrl { get; init; }

    public string? SmsMethod { get; init; }

    public string? SmsFallbackUrl { get; init; }

    public string? SmsFallbackMethod { get; init; }

    public string? SmsApplicationSid { get; init; }

    public string? VoiceUrl { get; init; }

    public string? VoiceMethod { get; init; }

    public string? VoiceFallbackUrl { get; init; }

    public string? VoiceFallbackMethod { get; init; }

    public string? VoiceApplicationSid { get; init; }

    public bool? VoiceCallerIdLookup { get; init; }

    public string? VoiceReceiveMode { get; init; }

    public string? StatusCallback { get; init; }

    public string? StatusCallbackMethod { get; init; }

    public string? TrunkSid { get; init; }

    public string? AddressSid { get; init; }

    /// <summary><c>none</c>, <c>any</c>, <c>local</c> or <c>foreign</c>.</summary>
    public string? AddressRequirements { get; init; }

    public string? IdentitySid { get; init; }

    public string? BundleSid { get; init; }

    public string? EmergencyStatus { get; init; }

    public string? EmergencyAddressSid { get; init; }

    public string? EmergencyAddressStatus { get; init; }

    public string? Origin { get; init; }

    public bool? Beta { get; init; }

    public string? Status { get; init; }

    public string? Type { get; init; }

    public string? ApiVersion { get; init; }

    public DateTimeOffset? DateCreated { get; init; }

    public DateTimeOffset? DateUpdated { get; init; }

    public string? Uri { get; init; }
}
