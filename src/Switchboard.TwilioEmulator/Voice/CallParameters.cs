namespace Switchboard.TwilioEmulator.Voice;

/// <summary>The standard parameters of every voice request Twilio makes about a call (FACTS 8.1).</summary>
internal static class CallParameters
{
    /// <summary>Builds them; call under <see cref="VoiceState.Gate"/>.</summary>
    public static List<KeyValuePair<string, string>> Of(CallRecord c, string accountSid, string callStatus)
    {
        var p = new List<KeyValuePair<string, string>>
        {
            new("AccountSid", accountSid),
            new("ApiVersion", "2010-04-01"),
            new("CallSid", c.Sid),
            new("CallStatus", callStatus),
            new("Called", c.To),
            new("CalledCity", ""), new("CalledState", ""), new("CalledZip", ""), new("CalledCountry", PhoneNumbers.CountryOf(c.To)),
            new("Caller", c.From),
            new("CallerCity", ""), new("CallerState", ""), new("CallerZip", ""), new("CallerCountry", PhoneNumbers.CountryOf(c.From)),
            new("Direction", c.Direction),
            new("From", c.From),
            new("FromCity", ""), new("FromState", ""), new("FromZip", ""), new("FromCountry", PhoneNumbers.CountryOf(c.From)),
            new("To", c.To),
            new("ToCity", ""), new("ToState", ""), new("ToZip", ""), new("ToCountry", PhoneNumbers.CountryOf(c.To)),
        };
        if (c.ParentCallSid is { } parent)
        {
            p.Add(new("ParentCallSid", parent));
        }

        if (c.ForwardedFrom is { } forwarded)
        {
            p.Add(new("ForwardedFrom", forwarded));
        }

        return p;
    }
}
