using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Switchboard.Twilio.Webhooks;

namespace Switchboard.TwilioEmulator.Tests.Support;

/// <summary>One request the emulator made to the receiver.</summary>
internal sealed record ReceivedWebhook(string Method, string Path, string Url, IReadOnlyList<KeyValuePair<string, string>> Parameters, string? Signature)
{
    public string? this[string name] => Parameters.FirstOrDefault(p => p.Key == name).Value;

    public bool Has(string name) => Parameters.Any(p => p.Key == name);

    /// <summary>Recomputes X-Twilio-Signature as a Twilio webhook receiver would.</summary>
    public bool IsSignedBy(string authToken) =>
        Signature is not null && Signature == TwilioSignature.Compute(authToken, Url, Method == "GET" ? [] : Parameters);
}

/// <summary>A small Kestrel app on a free loopback port standing in for the Switchboard app's webhooks.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedWebhook> received = new();
    private readonly ConcurrentDictionary<string, (int Status, string ContentType, string Body)> responses = new();

    private WebhookReceiver()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(Handle);
    }

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<ReceivedWebhook> Requests => received.ToList();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        await receiver.app.StartAsync();
        receiver.BaseUrl = receiver.app.Urls.First().TrimEnd('/');
        return receiver;
    }

    public string Url(string path) => BaseUrl + path;

    public IReadOnlyList<ReceivedWebhook> At(string path) => Requests.Where(r => r.Path == path).ToList();

    /// <summary>What the receiver answers on a path (default: 200 with an empty TwiML response).</summary>
    public void Respond(string path, int status, string contentType, string body) => responses[path] = (status, contentType, body);

    private async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var parameters = new List<KeyValuePair<string, string>>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            parameters.AddRange(form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))));
        }
        else
        {
            parameters.AddRange(request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        }

        var url = BaseUrl + request.Path + request.QueryString;
        received.Enqueue(new ReceivedWebhook(request.Method, request.Path, url, parameters, request.Headers["X-Twilio-Signature"].FirstOrDefault()));

        var (status, contentType, body) = responses.GetValueOrDefault(request.Path.Value ?? "", (200, "text/xml", "<Response/>"));
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
