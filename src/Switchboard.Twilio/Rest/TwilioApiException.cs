namespace Switchboard.Twilio.Rest;

/// <summary>
/// A Twilio request that did not succeed: an error answer (with Twilio's error code when the body
/// carried one), or no usable answer at all (<see cref="HttpStatus"/> is null).
/// </summary>
public sealed class TwilioApiException : Exception
{
    public TwilioApiException()
    {
    }

    public TwilioApiException(string message)
        : base(message)
    {
    }

    public TwilioApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal TwilioApiException(string message, int? httpStatus, int? code, string? twilioMessage, string? moreInfo, bool isOutcomeUnknown, Exception? innerException = null)
        : base(message, innerException)
    {
        HttpStatus = httpStatus;
        Code = code;
        TwilioMessage = twilioMessage;
        MoreInfo = moreInfo;
        IsOutcomeUnknown = isOutcomeUnknown;
    }

    /// <summary>The HTTP status Twilio answered with; null when no answer arrived (timeout, connection failure).</summary>
    public int? HttpStatus { get; }

    /// <summary>Twilio's error code (for example 21211, 20429), when the body carried one.</summary>
    public int? Code { get; }

    /// <summary>Twilio's own error text, as sent.</summary>
    public string? TwilioMessage { get; }

    public string? MoreInfo { get; }

    /// <summary>
    /// True when a request that creates something (message, call, number purchase) may or may not
    /// have taken effect: look the resource up before trying again, or it may happen twice.
    /// </summary>
    public bool IsOutcomeUnknown { get; }

    /// <summary>Twilio refused for rate (HTTP 429, code 20429); the request was not processed.</summary>
    public bool IsRateLimited => HttpStatus == 429;
}
