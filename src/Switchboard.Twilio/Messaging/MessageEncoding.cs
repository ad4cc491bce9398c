namespace Switchboard.Twilio.Messaging;

/// <summary>The character encoding an SMS body travels in.</summary>
public enum MessageEncoding
{
    /// <summary>GSM 03.38 7-bit alphabet: 160 septets in one segment, 153 per part when split.</summary>
    Gsm7,

    /// <summary>UCS-2 (UTF-16 code units): 70 units in one segment, 67 per part when split.</summary>
    Ucs2,
}
