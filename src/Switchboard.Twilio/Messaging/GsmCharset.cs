using System.Collections.Frozen;

namespace Switchboard.Twilio.Messaging;

/// <summary>The GSM 03.38 alphabet as Twilio applies it (FACTS.md 7).</summary>
internal static class GsmCharset
{
    // Twilio's table has capital Ç where the ETSI table has ç; lowercase ç therefore forces UCS-2.
    private const string Basic =
        "\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
        + "¡£¤¥§¿ÄÅÆÇÉÑÖØÜßàäåæèéìñòöøùüΓΔΘΛΞΠΣΦΨΩ";

    // Each costs two septets: an escape then the character.
    private const string Extension = "\f[\\]^{|}~€";

    private static readonly FrozenSet<char> BasicSet = Basic.ToFrozenSet();
    private static readonly FrozenSet<char> ExtensionSet = Extension.ToFrozenSet();

    internal static int BasicCount => BasicSet.Count;

    internal static int ExtensionCount => ExtensionSet.Count;

    /// <summary>Septets the character costs, or 0 when it is outside GSM-7.</summary>
    internal static int Septets(char c) => BasicSet.Contains(c) ? 1 : ExtensionSet.Contains(c) ? 2 : 0;
}
