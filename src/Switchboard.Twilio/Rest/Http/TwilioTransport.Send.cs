using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Switchboard.Twilio.Rest;

internal sealed partial class TwilioTransport
{
    private async Task<T> SendAsync<T>(
        HttpMethod method,
        string pathAndQuery,
        TwilioForm? form,
        RequestKind kind,
        string accept,
        Func<HttpResponseMessage, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken)
    {
        var name = new HttpMethodAndPath(method, pathAndQuery.Split('?', 2)[0]);
        var creates = kind == RequestKind.Creates;
        for (var retry = 0; ; retry++)
        {
            using var request = new HttpRequestMessage(method, ResolveUri(pathAndQuery)) { Content = form?.ToContent() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials.BasicAuthParameter);
            request.Headers.Accept.ParseAdd(accept);
            request.Headers.UserAgent.Add(UserAgent);
            request.Headers.UserAgent.Add(Runtime);

            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(options.RequestTimeout);
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return await ReadSuccessAsync(name, response, creates, read, attempt.Token);
                }

                var body = await response.Content.ReadAsStringAsync(attempt.Token);
                var retryable = status == 429 || (status >= 500 && !creates);
                if (retryable && retry < options.MaxRetries)
                {
                    var delay = RetryDelay.For(retry, response.Headers.RetryAfter, options, time.GetUtcNow(), Random);
                    LogRetry(logger, name.ToString(), status, delay.TotalMilliseconds, retry + 1, options.MaxRetries);
                    await Task.Delay(delay, time, cancellationToken);
                    continue;
                }

                throw ErrorReader.Read(name, status, response.ReasonPhrase, body, creates && status >= 500, credentials);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw NoAnswer(name, creates, $"no answer within {options.RequestTimeout.TotalSeconds:0.#} s", e);
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                throw NoAnswer(name, creates, "the connection failed: " + e.Message, e);
            }
        }
    }

    private async Task<T> ReadSuccessAsync<T>(HttpMethodAndPath name, HttpResponseMessage response, bool creates,
        Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await read(response, cancellationToken);
        }
        catch (JsonException e)
        {
            // A create that answered 2xx did happen, but without a readable body we do not know its SID.
            var text = $"Twilio answered {name} with HTTP {(int)response.StatusCode} but the body could not be read: {e.Message}";
            throw new TwilioApiException(credentials.Redact(text), (int)response.StatusCode, null, null, null, creates, e);
        }
    }

    private TwilioApiException NoAnswer(HttpMethodAndPath name, bool creates, string what, Exception inner)
    {
        var text = $"Twilio did not answer {name}: {what}";
        if (creates)
        {
            text += ". The create may or may not have happened; look it up before trying again";
        }

        return new TwilioApiException(credentials.Redact(text), null, null, null, null, creates, inner);
    }

    /// <summary>
    /// Paths are relative to the base URL. An absolute URL (a next page from an emulator) is only
    /// followed on the same origin, so credentials are never sent to another host.
    /// </summary>
    private Uri ResolveUri(string pathAndQuery)
    {
        if (Uri.TryCreate(pathAndQuery, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return string.Equals(absolute.GetLeftPart(UriPartial.Authority), baseUrl.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
                ? absolute
                : throw new TwilioApiException($"Refusing to follow {absolute.GetLeftPart(UriPartial.Path)}: it is not on {baseUrl.GetLeftPart(UriPartial.Authority)}.");
        }

        return new Uri(origin + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio {Request} answered {Status}; retry {Retry} of {MaxRetries} in {DelayMs:0} ms")]
    private static partial void LogRetry(ILogger logger, string request, int status, double delayMs, int retry, int maxRetries);
}
