using System.Buffers;
using System.IO.Pipelines;
using System.Reflection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;
using Switchboard.Data;

namespace Switchboard.Events.Streaming;

/// <summary>
/// Writes the stream: subscribe first, then replay from the table what the client missed (up to
/// the hub's position at subscription), then the live push with its <c>: ping</c> heartbeats.
/// </summary>
public sealed class EventStreamResult(
    EventStreamRequest request, EventHub hub, SwitchboardDbContext db)
    : IResult, IEndpointMetadataProvider
{
    private const int ReplayPage = 500;

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
                // Frames go straight into the response pipe and are flushed once per batch: one socket
                // write per stream per wake-up, which is what 10,000 streams cost.
                var body = response.BodyWriter;
                body.Write(EventFrame.Ping.Bytes);
                await body.FlushAsync(ct);
                if (request.ResumeAfter is { } after)
                {
                    await ReplayAsync(body, after, position, ct);
                }

                await PushAsync(body, subscription, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The client went away: the normal end of a stream.
            }
        }
    }

    private async Task ReplayAsync(PipeWriter body, long after, long upTo, CancellationToken ct)
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
                body.Write(EventFrame.From(record).Bytes);
            }

            await body.FlushAsync(ct);
            if (page.Count < ReplayPage)
            {
                return;
            }

            after = page[^1].Id;
        }
    }

    private static async Task PushAsync(PipeWriter body, EventSubscription subscription, CancellationToken ct)
    {
        var reader = subscription.Reader;
        // Heartbeats arrive through the same buffer (EventHeartbeat), so this loop needs no timer.
        // It ends when the buffer completes: dropped for falling behind (the client reconnects with
        // Last-Event-ID), or the app is stopping.
        while (await reader.WaitToReadAsync(ct))
        {
            while (reader.TryRead(out var frame))
            {
                body.Write(frame.Bytes);
            }

            if ((await body.FlushAsync(ct)).IsCompleted)
            {
                return;
            }
        }
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/event-stream"]));
    }
}
