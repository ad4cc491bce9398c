namespace Switchboard.TwilioEmulator.Numbers;

/// <summary>The writable fields shared by purchase and update, validated as Twilio does.</summary>
internal static class NumberSettings
{
    private static readonly string[] Methods = ["GET", "POST"];

    /// <summary>Throws the <see cref="TwilioException"/> that applying <paramref name="form"/> would, changing nothing.</summary>
    public static void Validate(FormParameters form) => Apply(new PhoneNumberRecord
    {
        Sid = "PN",
        AccountSid = "AC",
        PhoneNumber = "+10000000000",
        FriendlyName = "",
        DateCreated = default,
        DateUpdated = default,
    }, form);

    /// <summary>Applies the writable fields; call <see cref="Validate"/> first so a bad field changes nothing.</summary>
    public static void Apply(PhoneNumberRecord number, FormParameters form)
    {
        if (form["FriendlyName"] is { } name)
        {
            if (name.Length > 64)
            {
                throw new TwilioException(21450, "FriendlyName must be at most 64 characters.");
            }

            number.FriendlyName = name.Length == 0 ? PhoneNumbers.FriendlyName(number.PhoneNumber) : name;
        }

        number.SmsUrl = Url(form, "SmsUrl", number.SmsUrl);
        number.SmsMethod = Method(form, "SmsMethod", number.SmsMethod);
        number.SmsFallbackUrl = Url(form, "SmsFallbackUrl", number.SmsFallbackUrl);
        number.SmsFallbackMethod = Method(form, "SmsFallbackMethod", number.SmsFallbackMethod);
        number.SmsApplicationSid = Optional(form, "SmsApplicationSid", number.SmsApplicationSid);
        number.VoiceUrl = Url(form, "VoiceUrl", number.VoiceUrl);
        number.VoiceMethod = Method(form, "VoiceMethod", number.VoiceMethod);
        number.VoiceFallbackUrl = Url(form, "VoiceFallbackUrl", number.VoiceFallbackUrl);
        number.VoiceFallbackMethod = Method(form, "VoiceFallbackMethod", number.VoiceFallbackMethod);
        number.VoiceApplicationSid = Optional(form, "VoiceApplicationSid", number.VoiceApplicationSid);
        number.StatusCallback = Url(form, "StatusCallback", number.StatusCallback);
        number.StatusCallbackMethod = Method(form, "StatusCallbackMethod", number.StatusCallbackMethod);
        if (form["VoiceCallerIdLookup"] is { } lookup)
        {
            number.VoiceCallerIdLookup = string.Equals(lookup, "true", StringComparison.OrdinalIgnoreCase);
        }

        if (form["VoiceReceiveMode"] is { } mode)
        {
            number.VoiceReceiveMode = mode is "voice" or "fax" ? mode
                : throw new TwilioException(20001, $"VoiceReceiveMode must be voice or fax, not '{mode}'.");
        }

        if (form["EmergencyStatus"] is { } emergency)
        {
            number.EmergencyStatus = emergency is "Active" or "Inactive" ? emergency
                : throw new TwilioException(20001, $"EmergencyStatus must be Active or Inactive, not '{emergency}'.");
        }

        number.TrunkSid = Optional(form, "TrunkSid", number.TrunkSid);
        number.AddressSid = Optional(form, "AddressSid", number.AddressSid);
        number.IdentitySid = Optional(form, "IdentitySid", number.IdentitySid);
        number.BundleSid = Optional(form, "BundleSid", number.BundleSid);
        number.EmergencyAddressSid = Optional(form, "EmergencyAddressSid", number.EmergencyAddressSid);
    }

    private static string Url(FormParameters form, string name, string current)
    {
        var value = form[name];
        if (value is null)
        {
            return current;
        }

        if (value.Length > 0 && !Messaging.CreateMessage.IsHttpUrl(value))
        {
            throw new TwilioException(21502, $"{name} is not valid: {value}");
        }

        return value;
    }

    private static string Method(FormParameters form, string name, string current)
    {
        var value = form[name];
        if (value is null)
        {
            return current;
        }

        var upper = value.ToUpperInvariant();
        return Methods.Contains(upper) ? upper : throw new TwilioException(20001, $"{name} must be GET or POST, not '{value}'.");
    }

    private static string? Optional(FormParameters form, string name, string? current) =>
        form[name] is { } value ? (value.Length == 0 ? null : value) : current;
}
