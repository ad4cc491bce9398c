using Microsoft.AspNetCore.Diagnostics;

namespace Switchboard.Security.Limits;

/// <summary>
/// Kestrel reports a body that outgrew its limit mid-read (or a malformed one) as
/// <see cref="BadHttpRequestException"/>; answer with its status as problem details, not a 500,
/// and without the internal message.
/// </summary>
public sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
        await TypedResults.Problem(
            statusCode: bad.StatusCode,
            title: tooLarge ? "Request body too large" : "Bad request",
            detail: tooLarge ? "The body is larger than this path accepts." : "The request could not be read.").ExecuteAsync(httpContext);
        return true;
    }
}
