using System.Net;

namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>The control API simulates customers and carriers; only callers on this machine may use it.</summary>
public sealed class LoopbackOnlyFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var remote = context.HttpContext.Connection.RemoteIpAddress;
        if (remote is not null && !IPAddress.IsLoopback(remote))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                "The emulator's control API answers loopback callers only.", statusCode: StatusCodes.Status403Forbidden));
        }

        return next(context);
    }
}
