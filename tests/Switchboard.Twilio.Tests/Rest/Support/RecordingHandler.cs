using System.Net;
using System.Text;

namespace Switchboard.Twilio.Tests.Rest.Support;

/// <summary>A request as it left the client, with its body read while it still existed.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, HttpRequestMessage Message, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string PathAndQuery => Uri.PathAndQuery;
}

/// <summary>Answers requests from a script and keeps every request it saw.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> answers = new();

    public List<RecordedRequest> Requests { get; } = [];

    public RecordingHandler Answer(HttpStatusCode status, string body, string contentType = "application/json", Action<HttpResponseMessage>? configure = null)
    {
        answers.Enqueue((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
            configure?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public RecordingHandler Throw(Exception exception)
    {
        answers.Enqueue((_, _) => throw exception);
        return this;
    }

    /// <summary>Never answers: waits until the client gives up on the request.</summary>
    public RecordingHandler Hang()
    {
        answers.Enqueue(async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, request, body));
        if (answers.Count == 0)
        {
            throw new InvalidOperationException($"No scripted answer left for {request.Method} {request.RequestUri}.");
        }

        var response = await answers.Dequeue()(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
