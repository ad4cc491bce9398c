using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Switchboard.Twilio.Rest;

/// <summary>Whether repeating a request after a server error could do something twice.</summary>
internal enum RequestKind
{
    /// <summary>GET, DELETE, or a POST that updates an existing resource: safe to repeat.</summary>
    Repeatable,

    /// <summary>A POST that creates a message, call or number: repeating it could send or buy twice.</summary>
    Creates,
}

/// <summary>Sends one logical request to Twilio: auth, headers, timeouts, retries and error mapping.</summary>
internal sealed partial class TwilioTransport(
    HttpClient http, TwilioCredentials credentials, TwilioClientOptions options, Uri baseUrl, TimeProvider time, ILogger logger)
{
    private static readonly ProductInfoHeaderValue UserAgent =
        new("Switchboard.Twilio", typeof(TwilioTransport).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");

    private static readonly ProductInfoHeaderValue Runtime = new("(.NET " + Environment.Version.ToString(2) + ")");

    private readonly string origin = baseUrl.AbsoluteUri.TrimEnd('/');

    /// <summary>Source of jitter; tests replace it to make delays exact.</summary>
    internal Func<double> Random { get; init; } = System.Random.Shared.NextDouble;

    public TwilioCredentials Credentials => credentials;

    /// <summary>Path of the account every resource hangs under.</summary>
    public string AccountPath { get; } = $"/2010-04-01/Accounts/{credentials.AccountSid}";

    public Task<T> GetJsonAsync<T>(string pathAndQuery, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, pathAndQuery, null, RequestKind.Repeatable, "application/json", ReadJsonAsync<T>, cancellationToken);

    public Task<T> PostJsonAsync<T>(string path, TwilioForm form, RequestKind kind, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, form, kind, "application/json", ReadJsonAsync<T>, cancellationToken);

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, path, null, RequestKind.Repeatable, "application/json", (_, _) => Task.FromResult(true), cancellationToken);

    public Task<Page<T>> GetPageAsync<T>(string pathAndQuery, string itemsKey, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, pathAndQuery, null, RequestKind.Repeatable, "application/json",
            async (response, token) =>
            {
                await using var stream = await response.Content.ReadAsStreamAsync(token);
                using var document = await JsonDocument.ParseAsync(stream, cancellationToken: token);
                return PageReader.Read<T>(document.RootElement, itemsKey);
            },
            cancellationToken);

    public Task<(byte[] Content, string? ContentType)> GetBytesAsync(string path, string accept, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, RequestKind.Repeatable, accept,
            async (response, token) => (await response.Content.ReadAsByteArrayAsync(token), response.Content.Headers.ContentType?.MediaType),
            cancellationToken);

    /// <summary>
    /// Every page of a list, following <c>next_page_uri</c> until Twilio sends none.
    /// </summary>
    public async IAsyncEnumerable<T> ListAllAsync<T>(string firstPathAndQuery, string itemsKey,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? next = firstPathAndQuery;
        while (next is not null)
        {
            var page = await GetPageAsync<T>(next, itemsKey, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            next = page.HasNextPage ? page.NextPageUri : null;
        }
    }

    private static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync<T>(stream, TwilioJson.Options, cancellationToken)
            ?? throw new JsonException("The answer was JSON null.");
    }
}
