using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Events.Streaming;

/// <summary>
/// Writes the stream: subscribe first, then replay from the table what the client missed (up to
/// the hub's position at subscription), then the live push, with <c>: ping</c> comments while idle.
/// </summary>
public sealed class EventStreamResult(
    EventStreamRequest request, EventHub hub, SwitchboardDbContext db, TimeSpan heartbeat, TimeProvider time)
    : IResult, IEndpointMetadataProvider
{
    private const int ReplayPage = 500;
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes(": ping\n\n");

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var ct = httpContext.RequestAborted;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        // Tells nginx-style proxies not to buffer the stream.
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var (subscription, position) = hub.Subscribe(request.OrganizationId, request.Types);
        using (subscription)
        {
            try
            {
                await response.Body.WriteAsync(Ping, ct);
                await response.Body.FlushAsync(ct);
                if (request.ResumeAfter is { } after)
                {
                    await ReplayAsync(response.Body, after, position, ct);
                }

                await PushAsync(response.Body, subscription, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The client went away: the normal end of a stream.
            }
        }
    }

    private async Task ReplayAsync(Stream body, long after, long upTo, CancellationToken ct)
    {
        var types = request.Types?.ToList();
        while (after < upTo)
        {
            var from = after;
            // The tenant filter keeps this to the caller's organisation.
            var page = await db.Events.AsNoTracking()
                .Where(e => e.Id > from && e.Id <= upTo && (types == null || types.Contains(e.Type)))
                .OrderBy(e => e.Id).Take(ReplayPage).ToListAsync(ct);
            foreach (var record in page)
            {
                await body.WriteAsync(EventFrame.From(record).Bytes, ct);
            }

            await body.FlushAsync(ct);
            if (page.Count < ReplayPage)
            {
                return;
            }

            after = page[^1].Id;
        }
    }

    private async Task PushAsync(Stream body, EventSubscription subscription, CancellationToken ct)
    {
        var reader = subscription.Reader;
        // One outstanding wait, reused across heartbeats, so an idle stream allocates only a timer.
        var waiting = reader.WaitToReadAsync(ct).AsTask();
        while (true)
        {
            using var tick = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var beat = Task.Delay(heartbeat, time, tick.Token);
            if (await Task.WhenAny(waiting, beat) == beat)
            {
                await body.WriteAsync(Ping, ct);
                await body.FlushAsync(ct);
                continue;
            }

            await tick.CancelAsync();
            if (!await waiting)
            {
                // Completed: dropped for falling behind, or the app is stopping. The client reconnects.
                return;
            }

            while (reader.TryRead(out var frame))
            {
                await body.WriteAsync(frame.Bytes, ct);
            }

            await body.FlushAsync(ct);
            waiting = reader.WaitToReadAsync(ct).AsTask();
        }
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/event-stream"]));
    }
}
