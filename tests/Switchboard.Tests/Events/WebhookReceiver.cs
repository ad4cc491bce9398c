using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Switchboard.Tests.Events;

/// <summary>A receiver on loopback that records every request and answers with scripted status codes.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public sealed record Received(string Body, string? Signature, string? EventId, string? DeliveryId);

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>Answered when no scripted answer is left.</summary>
    public int DefaultStatus { get; set; } = 200;

    public Uri Url => new(_app.Urls.First() + "/hook");

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            receiver.Requests.Enqueue(new Received(
                await reader.ReadToEndAsync(),
                request.Headers["Switchboard-Signature"].FirstOrDefault(),
                request.Headers["Switchboard-Event-Id"].FirstOrDefault(),
                request.Headers["Switchboard-Delivery-Id"].FirstOrDefault()));
            return Results.StatusCode(receiver._answers.TryDequeue(out var status) ? status : receiver.DefaultStatus);
        });
        await app.StartAsync();
        return receiver;
    }

    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
