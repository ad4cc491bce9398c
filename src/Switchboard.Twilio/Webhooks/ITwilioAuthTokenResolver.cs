using Microsoft.AspNetCore.Http;

namespace Switchboard.Twilio.Webhooks;

/// <summary>
/// Finds the auth token a webhook was signed with, for example by looking up the organisation that
/// owns the <c>To</c> number. Resolved from the request's scope, so it may use scoped services.
/// </summary>
public interface ITwilioAuthTokenResolver
{
    /// <summary>
    /// The auth token, or null when the request is for a number we do not serve; the filter then
    /// answers 200 with an empty TwiML response so Twilio does not retry or fall back.
    /// </summary>
    /// <param name="context">The webhook request.</param>
    /// <param name="form">The form-decoded body, or null for a JSON or body-less request.</param>
    /// <param name="ct">Cancelled when the request is aborted.</param>
    ValueTask<string?> ResolveAuthTokenAsync(HttpContext context, IFormCollection? form, CancellationToken ct);
}
