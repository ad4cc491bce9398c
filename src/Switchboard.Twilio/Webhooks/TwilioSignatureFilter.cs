using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Switchboard.Twilio.TwiML;

namespace Switchboard.Twilio.Webhooks;

/// <summary>
/// Lets a webhook through only when its <c>X-Twilio-Signature</c> is valid: missing header 400,
/// mismatch 403, number unknown to the resolver 200 with an empty TwiML response.
/// </summary>
public sealed partial class TwilioSignatureFilter(
    IOptionsMonitor<TwilioWebhookOptions> options, ILogger<TwilioSignatureFilter> logger) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var request = http.Request;
        var ct = http.RequestAborted;

        var signature = request.Headers[TwilioSignature.HeaderName].ToString();
        if (signature.Length == 0)
        {
            LogMissingSignature(logger, request.Path);
            return Results.Text($"Missing {TwilioSignature.HeaderName} header.", "text/plain", statusCode: StatusCodes.Status400BadRequest);
        }

        var settings = options.CurrentValue;
        var url = TwilioWebhookUrl.Rebuild(request, settings.PublicBaseUrl);
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        byte[]? rawBody = null;
        if (form is null && HasBody(http))
        {
            rawBody = await ReadAndRewindAsync(request, settings.MaxJsonBodyBytes, ct);
            if (rawBody is null)
            {
                return Results.Text("Webhook body too large.", "text/plain", statusCode: StatusCodes.Status413PayloadTooLarge);
            }
        }

        var resolver = http.RequestServices.GetRequiredService<ITwilioAuthTokenResolver>();
        var authToken = await resolver.ResolveAuthTokenAsync(http, form, ct);
        if (authToken is null)
        {
            LogUnknownNumber(logger, request.Path, form?["To"].ToString());
            return new TwimlResponse().ToResult();
        }

        // A body that is not a form is only covered by the signature through bodySHA256.
        var valid = rawBody is not null
            ? TwilioRequestValidator.ValidateWithBody(authToken, url, rawBody, signature)
            : TwilioRequestValidator.Validate(authToken, url, FormPairs(form), signature);
        if (!valid)
        {
            LogInvalidSignature(logger, request.Path);
            return Results.Text("Invalid Twilio signature.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }

    private static bool HasBody(HttpContext http) =>
        http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? http.Request.ContentLength > 0;

    // Null when the body is longer than the limit.
    private static async Task<byte[]?> ReadAndRewindAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: (long)limit + 1);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        request.Body.Position = 0;
        return buffer.ToArray();
    }

    private static IEnumerable<KeyValuePair<string, string>> FormPairs(IFormCollection? form) =>
        form is null
            ? []
            : form.SelectMany(field => field.Value.Select(value => KeyValuePair.Create(field.Key, value ?? "")));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected Twilio webhook {Path}: no signature header")]
    private static partial void LogMissingSignature(ILogger logger, PathString path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected Twilio webhook {Path}: signature does not match")]
    private static partial void LogInvalidSignature(ILogger logger, PathString path);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Twilio webhook {Path} for {To} matches no organisation; answered with an empty response")]
    private static partial void LogUnknownNumber(ILogger logger, PathString path, string? to);
}
