namespace Switchboard.Twilio.Rest;

/// <summary>The <c>Calls</c> resource: place, read, list, redirect and end calls.</summary>
public sealed class CallsClient
{
    private const string ItemsKey = "calls";
    private readonly TwilioTransport transport;

    internal CallsClient(TwilioTransport transport) => this.transport = transport;

    private string ListPath => transport.AccountPath + "/Calls.json";

    /// <summary>Places a call. Never retried on a server error: see <see cref="TwilioApiException.IsOutcomeUnknown"/>.</summary>
    public Task<CallResource> CreateAsync(CreateCallRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return transport.PostJsonAsync<CallResource>(ListPath, request.ToForm(), RequestKind.Creates, cancellationToken);
    }

    public Task<CallResource> FetchAsync(string callSid, CancellationToken cancellationToken = default) =>
        transport.GetJsonAsync<CallResource>(ItemPath(callSid), cancellationToken);

    public Task<Page<CallResource>> ListPageAsync(CallListFilter? filter = null, int? pageSize = null, CancellationToken cancellationToken = default) =>
        transport.GetPageAsync<CallResource>(ListPath + (filter ?? new()).ToQuery(pageSize).ToQueryString(), ItemsKey, cancellationToken);

    public IAsyncEnumerable<CallResource> ListAsync(CallListFilter? filter = null, int? pageSize = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<CallResource>(ListPath + (filter ?? new()).ToQuery(pageSize).ToQueryString(), ItemsKey, cancellationToken);

    public Task<CallResource> UpdateAsync(string callSid, UpdateCallRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return transport.PostJsonAsync<CallResource>(ItemPath(callSid), request.ToForm(), RequestKind.Repeatable, cancellationToken);
    }

    public Task DeleteAsync(string callSid, CancellationToken cancellationToken = default) =>
        transport.DeleteAsync(ItemPath(callSid), cancellationToken);

    private string ItemPath(string callSid) => $"{transport.AccountPath}/Calls/{Paging.Segment(callSid)}.json";
}
