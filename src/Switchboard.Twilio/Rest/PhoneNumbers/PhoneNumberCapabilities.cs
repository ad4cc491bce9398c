namespace Switchboard.Twilio.Rest;

/// <summary>What a number can do. Keys are read case-insensitively (<c>sms</c> and <c>SMS</c> both occur).</summary>
public sealed record PhoneNumberCapabilities
{
    public bool? Voice { get; init; }

    public bool? Sms { get; init; }

    public bool? Mms { get; init; }

    public bool? Fax { get; init; }
}
