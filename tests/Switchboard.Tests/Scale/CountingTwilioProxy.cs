using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Switchboard.Tests.Scale;

/// <summary>
/// Stands between one app instance and the shared Twilio emulator, forwarding every call as is
/// and counting the messages created through it: which instance did how much of the sending.
/// </summary>
internal sealed class CountingTwilioProxy : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient twilio;
    private int messagesCreated;

    private CountingTwilioProxy(WebApplication app, Uri twilioAddress)
    {
        this.app = app;
        twilio = new HttpClient { BaseAddress = twilioAddress };
    }

    public Uri BaseAddress { get; private set; } = null!;

    public int MessagesCreated => Volatile.Read(ref messagesCreated);

    public static async Task<CountingTwilioProxy> StartAsync(Uri twilioAddress)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var proxy = new CountingTwilioProxy(builder.Build(), twilioAddress);
        proxy.app.Run(proxy.ForwardAsync);
        await proxy.app.StartAsync();
        var address = proxy.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        proxy.BaseAddress = new Uri(address + "/");
        return proxy;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var incoming = context.Request;
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), incoming.Path + incoming.QueryString);
        if (incoming.ContentLength > 0 || incoming.Headers.TransferEncoding.Count > 0)
        {
            using var body = new MemoryStream();
            await incoming.Body.CopyToAsync(body, context.RequestAborted);
            request.Content = new ByteArrayContent(body.ToArray());
            request.Content.Headers.TryAddWithoutValidation("Content-Type", incoming.ContentType);
        }

        request.Headers.TryAddWithoutValidation("Authorization", incoming.Headers.Authorization.ToString());
        using var response = await twilio.SendAsync(request, context.RequestAborted);
        if (HttpMethods.IsPost(incoming.Method) && incoming.Path.Value!.EndsWith("/Messages.json", StringComparison.Ordinal) && response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref messagesCreated);
        }

        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        twilio.Dispose();
    }
}
