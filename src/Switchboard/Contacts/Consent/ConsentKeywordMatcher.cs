namespace Switchboard.Contacts.Consent;

/// <summary>Reads an inbound message as opt-out, opt-in, help or nothing.</summary>
public static class ConsentKeywordMatcher
{
    /// <param name="body">The message body as received.</param>
    /// <param name="set">The organisation's keywords.</param>
    /// <param name="twilioOptOutType">Twilio's <c>OptOutType</c> parameter, when present.</param>
    public static ConsentMatch Match(string? body, ConsentKeywordSet set, string? twilioOptOutType)
    {
        ArgumentNullException.ThrowIfNull(set);
        var word = KeywordText.FoldSingleWord(body);

        // Twilio has already acted on its own keyword lists (Advanced Opt-Out may hold custom
        // words we do not know), so its verdict wins over ours.
        if (!string.IsNullOrWhiteSpace(twilioOptOutType)
            && ConsentKeywords.TwilioOptOutTypes.TryGetValue(twilioOptOutType.Trim(), out var twilioIntent))
        {
            return new ConsentMatch(twilioIntent, word, ConsentMatchSource.TwilioOptOutType);
        }

        if (word is null)
        {
            return ConsentMatch.None;
        }

        var intent = set.IntentOf(word);
        return intent == ConsentIntent.None
            ? ConsentMatch.None
            : new ConsentMatch(intent, word, ConsentMatchSource.Keyword);
    }
}
