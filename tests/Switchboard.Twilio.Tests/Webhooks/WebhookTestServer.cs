using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Switchboard.Twilio.Webhooks;

namespace Switchboard.Twilio.Tests.Webhooks;

/// <summary>A real Kestrel app on a loopback port with signed webhook endpoints.</summary>
internal sealed class WebhookTestServer : IAsyncDisposable
{
    internal const string KnownNumber = "+15555550199";
    internal const string AuthToken = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";

    private readonly WebApplication app;

    private WebhookTestServer(WebApplication app, string baseUrl, CapturingLoggerProvider logs)
    {
        this.app = app;
        BaseUrl = baseUrl;
        Logs = logs;
    }

    internal string BaseUrl { get; }

    internal CapturingLoggerProvider Logs { get; }

    internal HttpClient Client { get; } = new();

    internal static async Task<WebhookTestServer> StartAsync(string? publicBaseUrl = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddTwilioSignatureValidation<ToNumberResolver>(o => o.PublicBaseUrl = publicBaseUrl);

        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapPost("/webhooks/twilio/sms", (HttpRequest r) => TypedResults.Text($"handled:{r.Form["Body"]}"))
            .RequireTwilioSignature();
        app.MapGet("/webhooks/twilio/sms", (HttpRequest r) => TypedResults.Text($"handled:{r.Query["Body"]}"))
            .RequireTwilioSignature();
        app.MapPost("/webhooks/json", async (HttpRequest r) => TypedResults.Text("handled:" + await new StreamReader(r.Body).ReadToEndAsync()))
            .RequireTwilioSignature();
        var voice = app.MapGroup("/webhooks/twilio/voice").RequireTwilioSignature();
        voice.MapPost("/status", () => TypedResults.Text("handled:voice"));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new WebhookTestServer(app, address, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }

    /// <summary>Knows one number; JSON webhooks name it in the query since they have no form.</summary>
    private sealed class ToNumberResolver : ITwilioAuthTokenResolver
    {
        public ValueTask<string?> ResolveAuthTokenAsync(HttpContext context, IFormCollection? form, CancellationToken ct)
        {
            var to = form?["To"].ToString() is { Length: > 0 } formTo ? formTo : context.Request.Query["To"].ToString();
            return ValueTask.FromResult(to == KnownNumber ? AuthToken : null);
        }
    }
}

internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> messages = new();

    internal IReadOnlyCollection<string> Messages => messages;

    public ILogger CreateLogger(string categoryName) => new Logger(messages);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
    }
}
