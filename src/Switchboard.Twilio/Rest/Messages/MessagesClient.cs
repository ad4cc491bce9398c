namespace Switchboard.Twilio.Rest;

/// <summary>The <c>Messages</c> resource: send, read, list, cancel, redact and delete messages.</summary>
public sealed class MessagesClient
{
    private const string ItemsKey = "messages";
    private readonly TwilioTransport transport;

    internal MessagesClient(TwilioTransport transport) => this.transport = transport;

    private string ListPath => transport.AccountPath + "/Messages.json";

    /// <summary>Sends (or schedules) a message. Never retried on a server error: see <see cref="TwilioApiException.IsOutcomeUnknown"/>.</summary>
    public Task<MessageResource> CreateAsync(CreateMessageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return transport.PostJsonAsync<MessageResource>(ListPath, request.ToForm(), RequestKind.Creates, cancellationToken);
    }

    public Task<MessageResource> FetchAsync(string messageSid, CancellationToken cancellationToken = default) =>
        transport.GetJsonAsync<MessageResource>(ItemPath(messageSid), cancellationToken);

    /// <summary>The first page of the list, newest first.</summary>
    public Task<Page<MessageResource>> ListPageAsync(MessageListFilter? filter = null, int? pageSize = null, CancellationToken cancellationToken = default) =>
        transport.GetPageAsync<MessageResource>(ListPath + (filter ?? new()).ToQuery(pageSize).ToQueryString(), ItemsKey, cancellationToken);

    /// <summary>Every matching message, fetching further pages as the caller reads.</summary>
    public IAsyncEnumerable<MessageResource> ListAsync(MessageListFilter? filter = null, int? pageSize = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<MessageResource>(ListPath + (filter ?? new()).ToQuery(pageSize).ToQueryString(), ItemsKey, cancellationToken);

    /// <summary>Cancels a scheduled message that has not been sent (<c>Status=canceled</c>).</summary>
    public Task<MessageResource> CancelAsync(string messageSid, CancellationToken cancellationToken = default) =>
        transport.PostJsonAsync<MessageResource>(ItemPath(messageSid), new TwilioForm().Add("Status", "canceled"), RequestKind.Repeatable, cancellationToken);

    /// <summary>Erases the stored body (<c>Body=</c>, empty).</summary>
    public Task<MessageResource> RedactAsync(string messageSid, CancellationToken cancellationToken = default) =>
        transport.PostJsonAsync<MessageResource>(ItemPath(messageSid), new TwilioForm().Add("Body", string.Empty), RequestKind.Repeatable, cancellationToken);

    public Task DeleteAsync(string messageSid, CancellationToken cancellationToken = default) =>
        transport.DeleteAsync(ItemPath(messageSid), cancellationToken);

    private string ItemPath(string messageSid) => $"{transport.AccountPath}/Messages/{Paging.Segment(messageSid)}.json";
}
