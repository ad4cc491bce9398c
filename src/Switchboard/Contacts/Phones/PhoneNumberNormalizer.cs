namespace Switchboard.Contacts.Phones;

/// <summary>
/// Turns what people and Twilio write as an address into one canonical form, so that a contact
/// is found again whichever way the number was written. Short codes and alphanumeric sender IDs
/// are real senders and are kept exactly as they came.
/// </summary>
public static class PhoneNumberNormalizer
{
    // Channels whose address is a phone number, written "channel:+number" by Twilio.
    private static readonly string[] PhoneChannels = ["whatsapp"];

    // Twilio's rule for alphanumeric sender IDs: A-Z, a-z, 0-9 and space, at most 11, one letter at least.
    private const int MaxSenderIdLength = 11;

    /// <param name="input">A number or address as typed or received.</param>
    /// <param name="defaultCountry">ISO 3166 alpha-2 code used for numbers written without a country code.</param>
    public static NormalizedSender Normalize(string input, string defaultCountry)
    {
        ArgumentNullException.ThrowIfNull(defaultCountry);
        if (string.IsNullOrWhiteSpace(input))
        {
            return NormalizedSender.Failure("The address is empty: enter a phone number, a short code or a sender ID");
        }

        var text = input.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !text[..colon].All(char.IsAsciiLetter))
        {
            return NormalizeAddress(text, text, defaultCountry);
        }

        var scheme = text[..colon].ToLowerInvariant();
        var address = text[(colon + 1)..].Trim();
        if (scheme == "tel")
        {
            // RFC 3966 parameters (;ext=, ;phone-context=) do not change the number we text.
            var semicolon = address.IndexOf(';', StringComparison.Ordinal);
            return NormalizeAddress(semicolon < 0 ? address : address[..semicolon], text, defaultCountry);
        }

        if (!PhoneChannels.Contains(scheme))
        {
            return NormalizedSender.Failure(
                $"'{text}' starts with '{scheme}:', which is not a channel we know; use a phone number or whatsapp:+number");
        }

        var number = NormalizeAddress(address, text, defaultCountry);
        if (!number.IsValid)
        {
            return number;
        }

        return number.Kind == SenderKind.PhoneNumber
            ? NormalizedSender.PhoneNumber(number.Value, number.Country, scheme)
            : NormalizedSender.Failure($"'{text}' needs a full phone number after '{scheme}:'");
    }

    /// <summary>The ISO 3166 alpha-2 code of an E.164 number's country, or null when its calling code is not in our table.</summary>
    public static string? CountryOf(string e164) => CountryNumberingPlans.FindByNumber(e164)?.Country;

    private static NormalizedSender NormalizeAddress(string address, string input, string defaultCountry)
    {
        if (address.Length == 0)
        {
            return NormalizedSender.Failure($"'{input}' has no number in it");
        }

        if (!address.Any(char.IsLetter))
        {
            return PhoneNumberParser.Parse(address, input, defaultCountry);
        }

        if (!address.All(c => char.IsAsciiLetterOrDigit(c) || c == ' '))
        {
            return NormalizedSender.Failure(
                $"'{input}' is neither a phone number nor a sender ID: phone numbers have no letters, " +
                "and sender IDs use only the letters A to Z, digits and spaces");
        }

        return address.Length <= MaxSenderIdLength
            ? NormalizedSender.AlphanumericSenderId(address)
            : NormalizedSender.Failure(
                $"'{input}' is too long for a sender ID: at most {MaxSenderIdLength} letters, digits and spaces");
    }
}
