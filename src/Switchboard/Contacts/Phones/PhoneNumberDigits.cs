using System.Globalization;
using System.Text;

namespace Switchboard.Contacts.Phones;

/// <summary>Reads the digits of a written phone number, and whether it began with '+'.</summary>
internal static class PhoneNumberDigits
{
    /// <returns>Why the text is not a phone number, or null when <paramref name="digits"/> holds its digits.</returns>
    public static string? Extract(string address, string input, out string digits, out bool plus)
    {
        var builder = new StringBuilder(address.Length);
        plus = false;
        foreach (var c in address)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (c == '+' && builder.Length == 0 && !plus)
            {
                plus = true;
            }
            else if (c == '+')
            {
                digits = "";
                return $"'{input}' has a '+' that is not at the start";
            }
            else if (!IsSeparator(c))
            {
                digits = "";
                return $"'{input}' contains '{c}', which cannot be part of a phone number";
            }
        }

        digits = builder.ToString();
        return digits.Length == 0 ? $"'{input}' has no digits" : null;
    }

    // Copy-paste brings non-breaking spaces and typographic dashes along with the usual separators.
    private static bool IsSeparator(char c) =>
        c is '.' or '-' or '(' or ')' or '/'
        || char.IsWhiteSpace(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.DashPunctuation or UnicodeCategory.Format;
}
