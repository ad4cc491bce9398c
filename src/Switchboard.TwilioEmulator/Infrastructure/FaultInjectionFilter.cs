namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>
/// Applies the faults injected through <c>POST /_emulator/faults</c> to authenticated REST
/// requests: Twilio's error body instead of the answer (e.g. 429 / 20429: not processed, safe to
/// retry), or the request processed and its connection dropped (the outcome is unknown).
/// </summary>
public sealed class FaultInjectionFilter(EmulatorState state) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (state.TakeFault(http.Request.Path.Value ?? "") is not { } fault)
        {
            return await next(context);
        }

        if (!fault.Drop)
        {
            return TwilioError.Result(fault.Code, FaultMessage(fault.Status), fault.Status);
        }

        // The handler does all its work (the message is stored and queued); only the answer is lost.
        await next(context);
        http.Abort();
        return Results.Empty;
    }

    private static string FaultMessage(int status) => status switch
    {
        StatusCodes.Status429TooManyRequests => "Too Many Requests",
        StatusCodes.Status503ServiceUnavailable => "Service Unavailable",
        _ => "Internal Server Error",
    };
}
