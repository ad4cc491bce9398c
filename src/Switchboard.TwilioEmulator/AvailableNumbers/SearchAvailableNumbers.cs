namespace Switchboard.TwilioEmulator.AvailableNumbers;

/// <summary>
/// <c>GET /AvailablePhoneNumbers/{CountryCode}/{Local|TollFree|Mobile}.json</c> (FACTS 9.1):
/// filters the inventory's blocks by place and capability, generates matching numbers, skips the
/// account's own, and answers <c>{available_phone_numbers, uri}</c> like the spec's examples.
/// </summary>
internal static class SearchAvailableNumbers
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 1000;

    public static IResult Handle(string countryCode, string type, HttpRequest request, EmulatorState state)
    {
        var country = countryCode.ToUpperInvariant();
        // A country, or a number type within it, that the inventory does not hold is a 404 as on Twilio.
        if (!NumberInventory.Of(country, type).Any())
        {
            return TwilioError.NotFound(request);
        }

        var q = request.Query;
        var blocks = NumberInventory.Of(country, type).Where(b => Fits(b, q)).ToList();
        var pattern = q["Contains"] is { Count: > 0 } contains && contains.ToString().Length > 0 ? ContainsPattern.Parse(contains.ToString()) : null;
        var pageSize = int.TryParse(q["PageSize"], out var size) ? Math.Clamp(size, 1, MaxPageSize) : DefaultPageSize;

        var found = NumberGenerator.Generate(blocks, pattern)
            .Where(n => state.FindNumberByPhone(n.PhoneNumber) is null)
            .Take(pageSize)
            .Select(n => AvailableNumberJson.Of(n.Block, n.PhoneNumber))
            .ToList();
        return TwilioJson.Ok(new Dictionary<string, object>
        {
            ["available_phone_numbers"] = found,
            ["uri"] = request.PathBase.Add(request.Path).ToString(),
        });
    }

    private static bool Fits(NumberBlock block, IQueryCollection q)
    {
        if (q["AreaCode"] is { Count: > 0 } area && area.ToString().Length > 0)
        {
            var code = area.ToString();
            if (code.Length != 3 || !code.All(char.IsAsciiDigit))
            {
                throw new TwilioException(20001, $"AreaCode must be three digits, not '{code}'.");
            }

            // Toll-free blocks are searched by their 8xx prefix the same way.
            if (!block.Nanp || block.AreaCode != code)
            {
                return false;
            }
        }

        return Same(q, "InRegion", block.Region)
            && Same(q, "InPostalCode", block.PostalCode)
            && Same(q, "InLocality", block.Locality)
            && Same(q, "InLata", block.Lata)
            && Same(q, "InRateCenter", block.RateCenter)
            && Capable(q, "VoiceEnabled", block.Capabilities.Voice)
            && Capable(q, "SmsEnabled", block.Capabilities.Sms)
            && Capable(q, "MmsEnabled", block.Capabilities.Mms)
            && Capable(q, "FaxEnabled", block.Capabilities.Fax)
            && !(IsTrue(q, "ExcludeAllAddressRequired") && block.AddressRequirements == "any")
            && !(IsTrue(q, "ExcludeLocalAddressRequired") && block.AddressRequirements == "local");
    }

    private static bool Same(IQueryCollection q, string name, string? value) =>
        q[name] is not { Count: > 0 } wanted || wanted.ToString().Length == 0
        || string.Equals(wanted.ToString(), value, StringComparison.OrdinalIgnoreCase);

    private static bool Capable(IQueryCollection q, string name, bool has) => !IsTrue(q, name) || has;

    private static bool IsTrue(IQueryCollection q, string name) =>
        string.Equals(q[name].ToString(), "true", StringComparison.OrdinalIgnoreCase);
}
