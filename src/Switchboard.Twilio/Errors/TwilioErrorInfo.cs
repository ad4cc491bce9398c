namespace Switchboard.Twilio.Errors;

/// <summary>What a Twilio error code means and what to do about it.</summary>
/// <param name="Code">Twilio's numeric error code.</param>
/// <param name="Where">Where it appears: <c>api</c> (REST answer), <c>callback</c> (status callback) or <c>webhook</c>.</param>
/// <param name="HttpStatus">The REST API's HTTP status for API errors; null for callback and webhook codes.</param>
/// <param name="Meaning">A short explanation for people (not for program logic).</param>
/// <param name="RetryClass">Whether to resend.</param>
/// <param name="Action">The suggested action.</param>
public sealed record TwilioErrorInfo(int Code, string Where, int? HttpStatus, string Meaning, RetryClass RetryClass, string Action)
{
    /// <summary>False for the default returned for a code we have no entry for.</summary>
    public bool IsKnown { get; init; } = true;
}
