using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Switchboard.Contacts.Consent;

/// <summary>
/// One organisation's consent keywords. Immutable: editing returns a new set, which the caller
/// stores as JSON (<see cref="ToJson"/>). A word means one thing only, so adding it to one
/// intent takes it away from the others.
/// </summary>
public sealed partial record ConsentKeywordSet
{
    private readonly ImmutableArray<string> optOut;
    private readonly ImmutableArray<string> optIn;
    private readonly ImmutableArray<string> help;
    private readonly FrozenDictionary<string, ConsentIntent> byFoldedWord;

    private ConsentKeywordSet(ImmutableArray<string> optOut, ImmutableArray<string> optIn, ImmutableArray<string> help)
    {
        this.optOut = optOut;
        this.optIn = optIn;
        this.help = help;
        byFoldedWord = Entries()
            .GroupBy(entry => Fold(entry.Word))
            .ToFrozenDictionary(group => group.Key, group => group.First().Intent, StringComparer.Ordinal);
    }

    /// <summary>Twilio's English defaults and the French twins, as every organisation starts.</summary>
    public static ConsentKeywordSet Default { get; } = Create(
        [.. ConsentKeywords.EnglishOptOut, .. ConsentKeywords.FrenchOptOut],
        [.. ConsentKeywords.EnglishOptIn, .. ConsentKeywords.FrenchOptIn],
        [.. ConsentKeywords.EnglishHelp, .. ConsentKeywords.FrenchHelp]);

    /// <summary>A set with no keywords: only Twilio's <c>OptOutType</c> will then be honoured.</summary>
    public static ConsentKeywordSet Empty { get; } = Create([], [], []);

    public IReadOnlyList<string> OptOut => optOut;

    public IReadOnlyList<string> OptIn => optIn;

    public IReadOnlyList<string> Help => help;

    /// <exception cref="ArgumentException">A keyword is empty or more than one word, or appears under two intents.</exception>
    public static ConsentKeywordSet Create(IEnumerable<string> optOut, IEnumerable<string> optIn, IEnumerable<string> help)
    {
        var set = new ConsentKeywordSet(Distinct(optOut), Distinct(optIn), Distinct(help));
        var conflict = set.Entries()
            .GroupBy(entry => Fold(entry.Word))
            .FirstOrDefault(group => group.Select(entry => entry.Intent).Distinct().Count() > 1);
        return conflict is null
            ? set
            : throw new ArgumentException($"The keyword '{conflict.Key}' is listed under more than one intent", nameof(optOut));
    }

    public IReadOnlyList<string> KeywordsFor(ConsentIntent intent) => intent switch
    {
        ConsentIntent.OptOut => OptOut,
        ConsentIntent.OptIn => OptIn,
        ConsentIntent.Help => Help,
        _ => [],
    };

    /// <summary>The intent of an already folded word, or <see cref="ConsentIntent.None"/>.</summary>
    internal ConsentIntent IntentOf(string foldedWord) => byFoldedWord.GetValueOrDefault(foldedWord, ConsentIntent.None);

    public ConsentKeywordSet Add(ConsentIntent intent, string keyword)
    {
        var folded = Fold(keyword);
        if (intent == ConsentIntent.None)
        {
            throw new ArgumentOutOfRangeException(nameof(intent), "A keyword must opt out, opt in or ask for help");
        }

        if (IntentOf(folded) == intent)
        {
            return this;
        }

        var without = Remove(folded);
        return new ConsentKeywordSet(
            intent == ConsentIntent.OptOut ? without.optOut.Add(keyword.Trim()) : without.optOut,
            intent == ConsentIntent.OptIn ? without.optIn.Add(keyword.Trim()) : without.optIn,
            intent == ConsentIntent.Help ? without.help.Add(keyword.Trim()) : without.help);
    }

    /// <summary>Removes the keyword and every spelling that folds to it (ARRET takes ARRÊT with it).</summary>
    public ConsentKeywordSet Remove(string keyword)
    {
        var folded = Fold(keyword);
        return new ConsentKeywordSet(
            optOut.RemoveAll(word => Fold(word) == folded),
            optIn.RemoveAll(word => Fold(word) == folded),
            help.RemoveAll(word => Fold(word) == folded));
    }

    public bool Equals(ConsentKeywordSet? other) =>
        other is not null
        && OptOut.SequenceEqual(other.OptOut)
        && OptIn.SequenceEqual(other.OptIn)
        && Help.SequenceEqual(other.Help);

    public override int GetHashCode() => HashCode.Combine(optOut.Length, optIn.Length, help.Length);

    private IEnumerable<(string Word, ConsentIntent Intent)> Entries() =>
        OptOut.Select(word => (word, ConsentIntent.OptOut))
            .Concat(OptIn.Select(word => (word, ConsentIntent.OptIn)))
            .Concat(Help.Select(word => (word, ConsentIntent.Help)));

    // Keeps the spellings people gave (ARRET and ARRÊT both show in the editor), minus exact repeats.
    private static ImmutableArray<string> Distinct(IEnumerable<string> words)
    {
        var list = words.Select(word => word.Trim()).ToList();
        foreach (var word in list)
        {
            Fold(word);
        }

        return [.. list.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static string Fold(string keyword) =>
        KeywordText.FoldSingleWord(keyword)
        ?? throw new ArgumentException($"'{keyword}' is not a keyword: a keyword is one word", nameof(keyword));
}
