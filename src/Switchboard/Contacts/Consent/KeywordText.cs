using System.Globalization;
using System.Text;

namespace Switchboard.Contacts.Consent;

/// <summary>
/// Folds a message or keyword to the form keywords are compared in, so that "arrêt", "Arret!"
/// and " ARRET. " all read ARRET, while "STOP PLEASE" is not one word and reads as nothing.
/// </summary>
internal static class KeywordText
{
    /// <returns>The folded word, or null when the text is empty or more than one word.</returns>
    public static string? FoldSingleWord(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var start = 0;
        var end = text.Length;
        while (start < end && IsEdge(text[start]))
        {
            start++;
        }

        while (end > start && IsEdge(text[end - 1]))
        {
            end--;
        }

        var word = text[start..end];
        if (word.Length == 0 || word.Any(IsSpace))
        {
            return null;
        }

        // FormKD rather than FormD also folds full-width letters typed on CJK keyboards, where
        // ICU is available; LatinLetterFolding and the full-width shift cover invariant mode.
        var decomposed = word.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (LatinLetterFolding.Fold(c) is { } letters)
            {
                folded.Append(letters);
            }
            else
            {
                folded.Append(char.ToUpperInvariant(IsFullWidthAscii(c) ? (char)(c - FullWidthOffset) : c));
            }
        }

        return folded.ToString();
    }

    private const int FullWidthOffset = 0xFEE0;

    private static bool IsFullWidthAscii(char c) => c is >= '\uFF01' and <= '\uFF5E';

    // Phones add trailing punctuation, quotes and invisible characters (zero-width spaces,
    // byte-order marks); none of them changes what the customer meant.
    private static bool IsEdge(char c) => IsSpace(c) || char.IsPunctuation(c) || char.IsControl(c);

    private static bool IsSpace(char c) =>
        char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
