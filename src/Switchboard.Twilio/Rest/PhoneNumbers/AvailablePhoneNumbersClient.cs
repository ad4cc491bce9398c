namespace Switchboard.Twilio.Rest;

/// <summary>The <c>AvailablePhoneNumbers</c> resource: numbers that can be bought.</summary>
public sealed class AvailablePhoneNumbersClient
{
    private const string ItemsKey = "available_phone_numbers";
    private readonly TwilioTransport transport;

    internal AvailablePhoneNumbersClient(TwilioTransport transport) => this.transport = transport;

    /// <param name="countryCode">ISO 3166-1 alpha-2, for example <c>US</c>.</param>
    public async Task<IReadOnlyList<AvailablePhoneNumber>> SearchAsync(
        string countryCode, AvailablePhoneNumberType type, AvailablePhoneNumberFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var kind = type switch
        {
            AvailablePhoneNumberType.Local => "Local",
            AvailablePhoneNumberType.TollFree => "TollFree",
            AvailablePhoneNumberType.Mobile => "Mobile",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown number type."),
        };
        var path = $"{transport.AccountPath}/AvailablePhoneNumbers/{Paging.Segment(countryCode.ToUpperInvariant())}/{kind}.json";
        var page = await transport.GetPageAsync<AvailablePhoneNumber>(path + (filter ?? new()).ToQuery().ToQueryString(), ItemsKey, cancellationToken);
        return page.Items;
    }
}
