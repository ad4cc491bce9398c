namespace Switchboard.Contacts.Consent;

/// <summary>What recorded the intent, so a consent change can say where it came from.</summary>
public enum ConsentMatchSource
{
    None,
    Keyword,
    TwilioOptOutType,
}

/// <param name="Intent">What the customer asked for.</param>
/// <param name="Keyword">The customer's word, folded (upper case, no accents, no edge punctuation), or null when the body was not one word.</param>
/// <param name="Source">Our keyword table, or Twilio's <c>OptOutType</c>.</param>
public sealed record ConsentMatch(ConsentIntent Intent, string? Keyword, ConsentMatchSource Source)
{
    public static readonly ConsentMatch None = new(ConsentIntent.None, null, ConsentMatchSource.None);
}
