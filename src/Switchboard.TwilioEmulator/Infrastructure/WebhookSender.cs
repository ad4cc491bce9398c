using System.Text;
using Switchboard.Twilio.Webhooks;

namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>What came back from a webhook: the HTTP status and body, or why there was none.</summary>
public sealed record WebhookResult(int? StatusCode, string? ContentType, string? Body, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

/// <summary>
/// Sends Twilio's signed form webhooks: <c>X-Twilio-Signature</c> over the configured URL as is
/// (plus the form parameters for POST; GET puts them in the query and signs only the URL), with
/// Twilio's 15 s budget. <see cref="Enqueue"/> sends in the background, strictly in order per key
/// (a message's status callbacks), and never throws: failures are logged and forgotten.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private const int MaxResponseChars = 64 * 1024;

    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        ConnectTimeout = TimeSpan.FromSeconds(10),
        UseCookies = false,
    })
    { Timeout = Timeout };

    private readonly EmulatorState state;
    private readonly ILogger<WebhookSender> logger;
    private readonly Lock gate = new();
    private readonly Dictionary<string, Task> chains = new(StringComparer.Ordinal);

    public WebhookSender(EmulatorState state, ILogger<WebhookSender> logger)
    {
        this.state = state;
        this.logger = logger;
        http.DefaultRequestHeaders.UserAgent.ParseAdd("TwilioProxy/1.1");
    }

    public async Task<WebhookResult> SendAsync(string url, string? method, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken ct = default)
    {
        var target = WireUrl(url);
        var isGet = string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase);
        using var request = isGet ? GetRequest(target, parameters) : PostRequest(target, parameters);
        request.Headers.TryAddWithoutValidation("I-Twilio-Idempotency-Token", Guid.NewGuid().ToString());
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (body.Length > MaxResponseChars)
            {
                body = body[..MaxResponseChars];
            }

            var status = (int)response.StatusCode;
            if (status is < 200 or >= 300)
            {
                logger.LogWarning("Webhook {Method} {Url} answered {Status}", request.Method, target, status);
            }

            return new WebhookResult(status, response.Content.Headers.ContentType?.MediaType, body, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            logger.LogWarning("Webhook {Method} {Url} failed: {Error}", request.Method, target, e.Message);
            return new WebhookResult(null, null, null, e.Message);
        }
    }

    /// <summary>
    /// The URL as it goes on the wire, which is also the URL signed: the configured URL as is,
    /// without its <c>#fragment</c>, and with only characters that cannot travel in a request
    /// line (spaces, controls, non-ASCII) percent-encoded, so the receiver sees what was signed.
    /// </summary>
    internal static string WireUrl(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var target = hash < 0 ? url : url[..hash];
        if (!target.Any(c => c <= ' ' || c > '~' || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}'))
        {
            return target;
        }

        var builder = new StringBuilder();
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in target.EnumerateRunes())
        {
            if (rune.Value is > ' ' and <= '~' && rune.Value is not ('"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}'))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Sends in the background after everything enqueued earlier under the same key.</summary>
    public void Enqueue(string key, string url, string? method, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        lock (gate)
        {
            var previous = chains.GetValueOrDefault(key, Task.CompletedTask);
            var next = previous.ContinueWith(_ => SendAsync(url, method, parameters), CancellationToken.None,
                TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            chains[key] = next;
            _ = next.ContinueWith(t => Forget(key, t), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    /// <summary>Completes when every background webhook enqueued so far has been sent (or has failed).</summary>
    public Task DrainAsync()
    {
        lock (gate)
        {
            return Task.WhenAll(chains.Values.ToList());
        }
    }

    private void Forget(string key, Task finished)
    {
        lock (gate)
        {
            if (chains.TryGetValue(key, out var current) && current == finished)
            {
                chains.Remove(key);
            }
        }
    }

    private HttpRequestMessage PostRequest(string url, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(parameters) };
        request.Headers.TryAddWithoutValidation(TwilioSignature.HeaderName, TwilioSignature.Compute(TokenFor(parameters), url, parameters));
        return request;
    }

    private HttpRequestMessage GetRequest(string url, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var query = new StringBuilder(url);
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var (name, value) in parameters)
        {
            query.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        var full = query.ToString();
        var request = new HttpRequestMessage(HttpMethod.Get, full);
        request.Headers.TryAddWithoutValidation(TwilioSignature.HeaderName, TwilioSignature.Compute(TokenFor(parameters), full, []));
        return request;
    }

    /// <summary>Twilio signs with the token of the account the webhook is about, which every webhook names.</summary>
    private string TokenFor(IReadOnlyList<KeyValuePair<string, string>> parameters) =>
        state.AuthTokenOf(parameters.FirstOrDefault(p => p.Key == "AccountSid").Value);

    public void Dispose() => http.Dispose();
}
