using System.Text;
using System.Text.RegularExpressions;

namespace Switchboard.Twilio.Rest;

/// <summary>
/// What a request authenticates with: the account SID and auth token, or an API key (SID and
/// secret) acting for an account. The account SID always goes in the request path.
/// </summary>
/// <remarks>A class, not a record, so no generated <c>ToString</c> or equality ever touches the secret.</remarks>
public sealed partial class TwilioCredentials
{
    private readonly string secret;

    private TwilioCredentials(string accountSid, string username, string secret)
    {
        AccountSid = accountSid;
        Username = username;
        this.secret = secret;
    }

    /// <summary>The account (<c>AC…</c>) whose resources are addressed.</summary>
    public string AccountSid { get; }

    /// <summary>The Basic auth user name: the account SID, or the API key SID (<c>SK…</c>).</summary>
    public string Username { get; }

    public bool UsesApiKey => !string.Equals(Username, AccountSid, StringComparison.Ordinal);

    public static TwilioCredentials FromAuthToken(string accountSid, string authToken)
    {
        RequireSid(accountSid, "AC", nameof(accountSid));
        RequireSecret(authToken, nameof(authToken));
        return new TwilioCredentials(accountSid, accountSid, authToken);
    }

    public static TwilioCredentials FromApiKey(string accountSid, string apiKeySid, string apiKeySecret)
    {
        RequireSid(accountSid, "AC", nameof(accountSid));
        RequireSid(apiKeySid, "SK", nameof(apiKeySid));
        RequireSecret(apiKeySecret, nameof(apiKeySecret));
        return new TwilioCredentials(accountSid, apiKeySid, apiKeySecret);
    }

    public override string ToString() => UsesApiKey
        ? $"TwilioCredentials {{ AccountSid = {AccountSid}, ApiKeySid = {Username}, ApiKeySecret = *** }}"
        : $"TwilioCredentials {{ AccountSid = {AccountSid}, AuthToken = *** }}";

    internal string BasicAuthParameter => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{secret}"));

    /// <summary>Removes the secret from text that came from elsewhere, in case a peer echoed it.</summary>
    internal string Redact(string text) => text.Replace(secret, "***", StringComparison.Ordinal)
        .Replace(BasicAuthParameter, "***", StringComparison.Ordinal);

    internal static bool IsSid(string? value, string prefix) =>
        value is not null && value.StartsWith(prefix, StringComparison.Ordinal) && SidPattern().IsMatch(value);

    private static void RequireSid(string value, string prefix, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (!IsSid(value, prefix))
        {
            throw new ArgumentException($"Expected a {prefix} SID: '{prefix}' followed by 32 hexadecimal digits.", parameterName);
        }
    }

    private static void RequireSecret(string value, string parameterName)
    {
        // The value is never echoed: an exception message may end up in a log.
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The secret must not be empty.", parameterName);
        }
    }

    [GeneratedRegex("^[A-Z]{2}[0-9a-fA-F]{32}$")]
    private static partial Regex SidPattern();
}
