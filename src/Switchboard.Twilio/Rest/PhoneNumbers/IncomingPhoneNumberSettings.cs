namespace Switchboard.Twilio.Rest;

/// <summary>How a number routes messages and calls; shared by purchase and update. Null fields are not sent.</summary>
public abstract record IncomingPhoneNumberSettings
{
    /// <summary>At most 64 characters.</summary>
    public string? FriendlyName { get; init; }

    public Uri? SmsUrl { get; init; }

    public string? SmsMethod { get; init; }

    public Uri? SmsFallbackUrl { get; init; }

    public string? SmsFallbackMethod { get; init; }

    public string? SmsApplicationSid { get; init; }

    public Uri? VoiceUrl { get; init; }

    public string? VoiceMethod { get; init; }

    public Uri? VoiceFallbackUrl { get; init; }

    public string? VoiceFallbackMethod { get; init; }

    public string? VoiceApplicationSid { get; init; }

    public bool? VoiceCallerIdLookup { get; init; }

    /// <summary><c>voice</c> or <c>fax</c>.</summary>
    public string? VoiceReceiveMode { get; init; }

    public Uri? StatusCallback { get; init; }

    public string? StatusCallbackMethod { get; init; }

    public string? ApiVersion { get; init; }

    public string? AddressSid { get; init; }

    public string? IdentitySid { get; init; }

    /// <summary>Regulatory bundle; required in some countries (error 21649).</summary>
    public string? BundleSid { get; init; }

    public string? TrunkSid { get; init; }

    /// <summary><c>Active</c> or <c>Inactive</c>.</summary>
    public string? EmergencyStatus { get; init; }

    public string? EmergencyAddressSid { get; init; }

    internal TwilioForm AddSettings(TwilioForm form) => form
        .Add("FriendlyName", FriendlyName)
        .Add("SmsUrl", SmsUrl).Add("SmsMethod", SmsMethod).Add("SmsFallbackUrl", SmsFallbackUrl)
        .Add("SmsFallbackMethod", SmsFallbackMethod).Add("SmsApplicationSid", SmsApplicationSid)
        .Add("VoiceUrl", VoiceUrl).Add("VoiceMethod", VoiceMethod).Add("VoiceFallbackUrl", VoiceFallbackUrl)
        .Add("VoiceFallbackMethod", VoiceFallbackMethod).Add("VoiceApplicationSid", VoiceApplicationSid)
        .Add("VoiceCallerIdLookup", VoiceCallerIdLookup).Add("VoiceReceiveMode", VoiceReceiveMode)
        .Add("StatusCallback", StatusCallback).Add("StatusCallbackMethod", StatusCallbackMethod)
        .Add("ApiVersion", ApiVersion).Add("AddressSid", AddressSid).Add("IdentitySid", IdentitySid)
        .Add("BundleSid", BundleSid).Add("TrunkSid", TrunkSid)
        .Add("EmergencyStatus", EmergencyStatus).Add("EmergencyAddressSid", EmergencyAddressSid);
}

/// <summary>Buys a number: a specific one (<see cref="PhoneNumber"/>) or any in an <see cref="AreaCode"/>.</summary>
public sealed record PurchasePhoneNumberRequest : IncomingPhoneNumberSettings
{
    /// <summary>E.164, usually taken from an available-numbers search.</summary>
    public string? PhoneNumber { get; init; }

    public string? AreaCode { get; init; }

    internal TwilioForm ToForm()
    {
        if (string.IsNullOrEmpty(PhoneNumber) == string.IsNullOrEmpty(AreaCode))
        {
            throw new ArgumentException("A purchase needs exactly one of PhoneNumber or AreaCode.");
        }

        return AddSettings(new TwilioForm().Add("PhoneNumber", PhoneNumber).Add("AreaCode", AreaCode));
    }
}

/// <summary>Changes a number's routing, or moves it to another (sub)account.</summary>
public sealed record UpdateIncomingPhoneNumberRequest : IncomingPhoneNumberSettings
{
    /// <summary>Moves the number to this account.</summary>
    public string? AccountSid { get; init; }

    internal TwilioForm ToForm() => AddSettings(new TwilioForm().Add("AccountSid", AccountSid));
}
