using Switchboard.Tenancy;

namespace Switchboard.Numbers;

/// <summary>
/// A Twilio number an organisation sends and receives on. The E.164 form is unique across all
/// organisations because inbound webhooks find their tenant by the number the customer texted.
/// </summary>
public sealed class PhoneNumber : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public required string E164 { get; set; }

    /// <summary>Twilio's IncomingPhoneNumber sid (PN...), null for alphanumeric senders.</summary>
    public string? TwilioSid { get; set; }

    public string? FriendlyName { get; set; }

    public PhoneNumberKind Kind { get; set; } = PhoneNumberKind.LongCode;

    public bool SupportsSms { get; set; } = true;

    public bool SupportsMms { get; set; }

    public bool SupportsVoice { get; set; }

    /// <summary>Messages per second for this sender; null uses the default for its kind.</summary>
    public double? MpsOverride { get; set; }

    /// <summary>Whether outbound sender rotation may pick this number.</summary>
    public bool RotationEnabled { get; set; } = true;

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

public enum PhoneNumberKind
{
    LongCode,
    TollFree,
    ShortCode,
    Alphanumeric,
}
