using System.Collections.Frozen;

namespace Switchboard.Contacts.Consent;

/// <summary>
/// Accented Latin letters and their base letters. The app runs with InvariantGlobalization, where
/// string.Normalize leaves precomposed letters (Ê, é) as they are, so the accents that Western
/// European keywords carry are folded from this table instead.
/// </summary>
internal static class LatinLetterFolding
{
    private static readonly (string Base, string Accented)[] Table =
    [
        ("A", "ÀÁÂÃÄÅàáâãäåĀāĂăĄą"),
        ("AE", "Ææ"),
        ("C", "ÇçĆćĈĉĊċČč"),
        ("D", "ĎďĐđÐð"),
        ("E", "ÈÉÊËèéêëĒēĔĕĖėĘęĚě"),
        ("G", "ĜĝĞğĠġĢģ"),
        ("H", "ĤĥĦħ"),
        ("I", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİı"),
        ("J", "Ĵĵ"),
        ("K", "Ķķ"),
        ("L", "ĹĺĻļĽľĿŀŁł"),
        ("N", "ÑñŃńŅņŇň"),
        ("O", "ÒÓÔÕÖØòóôõöøŌōŎŏŐő"),
        ("OE", "Œœ"),
        ("R", "ŔŕŖŗŘř"),
        ("S", "ŚśŜŝŞşŠš"),
        ("SS", "ß"),
        ("T", "ŢţŤťŦŧ"),
        ("U", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų"),
        ("W", "Ŵŵ"),
        ("Y", "ÝýÿŶŷŸ"),
        ("Z", "ŹźŻżŽž"),
    ];

    private static readonly FrozenDictionary<char, string> ByLetter = Table
        .SelectMany(row => row.Accented.Select(letter => (letter, row.Base)))
        .ToFrozenDictionary(pair => pair.letter, pair => pair.Base);

    /// <summary>The base letters of an accented letter, or null when it has none in the table.</summary>
    public static string? Fold(char c) => ByLetter.GetValueOrDefault(c);
}
