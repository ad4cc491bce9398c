using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Switchboard.Api;

namespace Switchboard.Security.Limits;

/// <summary>
/// Caps request bodies per area: a declared length over the cap is refused with 413 before any
/// parsing, and Kestrel's own limit stops a chunked body that grows past it while being read.
/// </summary>
public sealed class RequestSizeLimits(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    public const string WebhookPrefix = "/webhooks";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        long? cap = context.Request.Path.StartsWithSegments(WebhookPrefix, StringComparison.OrdinalIgnoreCase)
            ? options.Value.WebhookMaxBodyBytes
            : context.Request.Path.StartsWithSegments(ApiFeature.Prefix, StringComparison.OrdinalIgnoreCase)
                ? options.Value.ApiMaxBodyBytes
                : null;
        if (cap is { } limit)
        {
            if (context.Request.ContentLength > limit)
            {
                await TooLarge(limit).ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await TooLarge(cap ?? 0).ExecuteAsync(context);
        }
    }

    private static IResult TooLarge(long limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The body may hold at most {limit} bytes.");
}
