namespace Switchboard.Twilio.Rest;

/// <summary>The <c>IncomingPhoneNumbers</c> resource: the numbers the account owns.</summary>
public sealed class IncomingPhoneNumbersClient
{
    private const string ItemsKey = "incoming_phone_numbers";
    private readonly TwilioTransport transport;

    internal IncomingPhoneNumbersClient(TwilioTransport transport) => this.transport = transport;

    private string ListPath => transport.AccountPath + "/IncomingPhoneNumbers.json";

    public Task<Page<IncomingPhoneNumberResource>> ListPageAsync(
        IncomingPhoneNumberListFilter? filter = null, int? pageSize = null, CancellationToken cancellationToken = default) =>
        transport.GetPageAsync<IncomingPhoneNumberResource>(ListPath + (filter ?? new()).ToQuery(pageSize).ToQueryString(), ItemsKey, cancellationToken);

    public IAsyncEnumerable<IncomingPhoneNumberResource> ListAsync(
        IncomingPhoneNumberListFilter? filter = null, int? pageSize = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<IncomingPhoneNumberResource>(ListPath + (filter ?? new()).ToQuery(pageSize).ToQueryString(), ItemsKey, cancellationToken);

    public Task<IncomingPhoneNumberResource> FetchAsync(string phoneNumberSid, CancellationToken cancellationToken = default) =>
        transport.GetJsonAsync<IncomingPhoneNumberResource>(ItemPath(phoneNumberSid), cancellationToken);

    public Task<IncomingPhoneNumberResource> UpdateAsync(
        string phoneNumberSid, UpdateIncomingPhoneNumberRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return transport.PostJsonAsync<IncomingPhoneNumberResource>(ItemPath(phoneNumberSid), request.ToForm(), RequestKind.Repeatable, cancellationToken);
    }

    /// <summary>Buys a number. Never retried on a server error: a repeat could buy a second number.</summary>
    public Task<IncomingPhoneNumberResource> PurchaseAsync(PurchasePhoneNumberRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return transport.PostJsonAsync<IncomingPhoneNumberResource>(ListPath, request.ToForm(), RequestKind.Creates, cancellationToken);
    }

    /// <summary>Gives the number back to Twilio.</summary>
    public Task ReleaseAsync(string phoneNumberSid, CancellationToken cancellationToken = default) =>
        transport.DeleteAsync(ItemPath(phoneNumberSid), cancellationToken);

    private string ItemPath(string phoneNumberSid) => $"{transport.AccountPath}/IncomingPhoneNumbers/{Paging.Segment(phoneNumberSid)}.json";
}
