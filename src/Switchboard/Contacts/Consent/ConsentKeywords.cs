namespace Switchboard.Contacts.Consent;

/// <summary>
/// The keywords every organisation starts with: Twilio's defaults for long codes and toll-free
/// numbers (../shared/twilio/FACTS.md §6) and their French twins from issue 3.
/// </summary>
public static class ConsentKeywords
{
    public static readonly IReadOnlyList<string> EnglishOptOut =
        ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"];

    public static readonly IReadOnlyList<string> EnglishOptIn = ["START", "YES", "UNSTOP"];

    public static readonly IReadOnlyList<string> EnglishHelp = ["HELP", "INFO"];

    // Both spellings are listed, as people type them; matching folds accents, so either would do.
    public static readonly IReadOnlyList<string> FrenchOptOut = ["ARRET", "ARRÊT", "DESABONNER", "DÉSABONNER"];

    // No French opt-in word by default: none is standard, and a casual "OUI" answering an
    // ordinary question must not re-subscribe someone who opted out. START works in any language.
    public static readonly IReadOnlyList<string> FrenchOptIn = [];

    public static readonly IReadOnlyList<string> FrenchHelp = ["AIDE"];

    /// <summary>Twilio's <c>OptOutType</c> values (Advanced Opt-Out) and what they mean.</summary>
    public static readonly IReadOnlyDictionary<string, ConsentIntent> TwilioOptOutTypes =
        new Dictionary<string, ConsentIntent>(StringComparer.OrdinalIgnoreCase)
        {
            ["STOP"] = ConsentIntent.OptOut,
            ["START"] = ConsentIntent.OptIn,
            ["HELP"] = ConsentIntent.Help,
        };
}
