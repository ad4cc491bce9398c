namespace Switchboard.Contacts.Phones;

/// <summary>The numeric half of <see cref="PhoneNumberNormalizer"/>: separators, prefixes, lengths.</summary>
internal static class PhoneNumberParser
{
    private const int MaxE164Digits = 15;
    private const int MinShortCode = 3;
    private const int MaxShortCode = 8;

    // The shortest numbers in service (small island states) have 7 digits with their calling code.
    private const int MinInternationalDigits = 7;

    public static NormalizedSender Parse(string address, string input, string defaultCountry)
    {
        // "+44 (0)20 ..." is how the UK and others show the trunk prefix next to the calling code.
        var cleaned = address.Replace("(0)", "", StringComparison.Ordinal);
        if (PhoneNumberDigits.Extract(cleaned, input, out var digits, out var plus) is { } error)
        {
            return NormalizedSender.Failure(error);
        }

        if (plus)
        {
            return International(digits, input);
        }

        var plan = CountryNumberingPlans.Find(defaultCountry);
        if (IsShortCode(address, plan))
        {
            return NormalizedSender.ShortCode(address);
        }

        if (plan is null)
        {
            return digits.StartsWith("00", StringComparison.Ordinal)
                ? International(digits[2..], input)
                : NormalizedSender.Failure(
                    $"'{input}' needs its country code (such as +44), because '{defaultCountry}' is not a country we know");
        }

        foreach (var exit in plan.ExitPrefixes.OrderByDescending(prefix => prefix.Length))
        {
            if (digits.StartsWith(exit, StringComparison.Ordinal))
            {
                return International(digits[exit.Length..], input);
            }
        }

        return National(digits, input, plan);
    }

    // A bare run of 3 to 8 digits is a short code, unless the country dials its numbers in full
    // at that length with no trunk prefix (Denmark, Norway, Singapore: 8 digits).
    private static bool IsShortCode(string address, CountryNumbering? plan) =>
        address.Length is >= MinShortCode and <= MaxShortCode
        && address.All(char.IsAsciiDigit)
        && !(plan is { IsNorthAmerican: false, TrunkPrefixes.Count: 0 } && plan.HasLength(address.Length))
        && !(plan is { IsNorthAmerican: false } && StartsWithTrunk(address, plan) is { } rest && plan.HasLength(rest.Length));

    private static string? StartsWithTrunk(string digits, CountryNumbering plan) =>
        plan.TrunkPrefixes
            .OrderByDescending(prefix => prefix.Length)
            .Where(prefix => digits.StartsWith(prefix, StringComparison.Ordinal))
            .Select(prefix => digits[prefix.Length..])
            .FirstOrDefault();

    private static NormalizedSender National(string digits, string input, CountryNumbering plan)
    {
        var national = StartsWithTrunk(digits, plan);
        if (national is not null && plan.HasLength(national.Length))
        {
            return Validated(plan, national, input);
        }

        // In North America a leading 1 may be an area code's mistake rather than a trunk prefix;
        // validating all ten digits explains which.
        if ((national is null || plan.IsNorthAmerican) && plan.HasLength(digits.Length))
        {
            return Validated(plan, digits, input);
        }

        // Spreadsheets and CRMs often drop the '+': 447700900123 in the UK is +44 7700 900123.
        if (!plan.IsNorthAmerican
            && digits.StartsWith(plan.CallingCode, StringComparison.Ordinal)
            && plan.HasLength(digits.Length - plan.CallingCode.Length))
        {
            return International(digits, input);
        }

        return LengthFailure(national ?? digits, input, plan);
    }

    private static NormalizedSender International(string digits, string input)
    {
        if (digits.Length == 0 || digits[0] == '0')
        {
            return NormalizedSender.Failure($"'{input}' has no country code: country codes never start with 0");
        }

        if (digits.Length > MaxE164Digits)
        {
            return NormalizedSender.Failure(
                $"'{input}' has {digits.Length} digits, but an international number has at most {MaxE164Digits}");
        }

        var plan = CountryNumberingPlans.FindByNumber(digits);
        if (plan is null)
        {
            return digits.Length < MinInternationalDigits
                ? NormalizedSender.Failure($"'{input}' is too short to be an international phone number")
                : NormalizedSender.PhoneNumber("+" + digits, null);
        }

        var national = digits[plan.CallingCode.Length..];
        if (!plan.HasLength(national.Length)
            && !plan.IsNorthAmerican
            && StartsWithTrunk(national, plan) is { } withoutTrunk
            && plan.HasLength(withoutTrunk.Length))
        {
            // "+44 07700 900123": the national form pasted after the calling code.
            national = withoutTrunk;
        }

        if (!plan.HasLength(national.Length))
        {
            return NormalizedSender.Failure(
                $"'{input}' has {national.Length} digits after +{plan.CallingCode}, " +
                $"but phone numbers in {plan.Country} have {plan.DescribeLengths()}");
        }

        return Validated(plan, national, input);
    }

    private static NormalizedSender Validated(CountryNumbering plan, string national, string input)
    {
        if (plan.IsNorthAmerican && NorthAmericanNumbering.Check(national, input, plan.Country) is { } error)
        {
            return NormalizedSender.Failure(error);
        }

        var e164 = "+" + plan.CallingCode + national;
        return NormalizedSender.PhoneNumber(e164, CountryNumberingPlans.FindByNumber(e164)?.Country);
    }

    private static NormalizedSender LengthFailure(string national, string input, CountryNumbering plan)
    {
        if (plan.IsNorthAmerican && national.Length == 7)
        {
            return NormalizedSender.Failure(
                $"'{input}' is missing its area code: numbers in {plan.Country} have 10 digits");
        }

        if (national.Length < plan.MinLength)
        {
            return NormalizedSender.Failure($"'{input}' is too short to be a phone number in {plan.Country}");
        }

        return national.Length > plan.MaxLength
            ? NormalizedSender.Failure(
                $"'{input}' is too long to be a phone number in {plan.Country}, " +
                $"which has {plan.DescribeLengths()} digits after the country code")
            : NormalizedSender.Failure(
                $"'{input}' has {national.Length} digits, but phone numbers in {plan.Country} have {plan.DescribeLengths()}");
    }
}
