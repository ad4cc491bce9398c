using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Switchboard.Bench.Inbound;

/// <summary>Kestrel on a loopback port reading the form and answering an empty TwiML response: the floor.</summary>
internal sealed class BaselineServer(WebApplication app, string smsUrl) : IAsyncDisposable
{
    public const string AuthToken = "baseline-token";

    public string SmsUrl => smsUrl;

    public static async Task<BaselineServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/webhooks/twilio/sms", async (HttpRequest request) =>
        {
            await request.ReadFormAsync();
            return Results.Content("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", "text/xml");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BaselineServer(app, $"{address}/webhooks/twilio/sms");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
