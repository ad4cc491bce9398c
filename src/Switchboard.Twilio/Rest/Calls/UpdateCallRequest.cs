namespace Switchboard.Twilio.Rest;

/// <summary>Changes to a live call: redirect it (Url or Twiml) or end it (Status). Null fields are not sent.</summary>
public sealed record UpdateCallRequest
{
    /// <summary><c>canceled</c> ends a call that is queued or ringing; <c>completed</c> hangs up one in progress.</summary>
    public string? Status { get; init; }

    public Uri? Url { get; init; }

    public string? Method { get; init; }

    public string? Twiml { get; init; }

    public Uri? FallbackUrl { get; init; }

    public string? FallbackMethod { get; init; }

    public Uri? StatusCallback { get; init; }

    public string? StatusCallbackMethod { get; init; }

    public int? TimeLimit { get; init; }

    internal TwilioForm ToForm() => new TwilioForm()
        .Add("Status", Status).Add("Url", Url).Add("Method", Method).Add("Twiml", Twiml)
        .Add("FallbackUrl", FallbackUrl).Add("FallbackMethod", FallbackMethod)
        .Add("StatusCallback", StatusCallback).Add("StatusCallbackMethod", StatusCallbackMethod)
        .Add("TimeLimit", TimeLimit);
}
