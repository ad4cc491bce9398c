using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Switchboard.TwilioAccount;

/// <summary>Checks the account settings on start, with messages that name the setting to fix.</summary>
internal sealed partial class TwilioAccountOptionsValidator : IValidateOptions<TwilioAccountOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioAccountOptions options)
    {
        var failures = new List<string>();
        var hasSid = !string.IsNullOrWhiteSpace(options.AccountSid);
        var hasToken = !string.IsNullOrWhiteSpace(options.AuthToken);
        if (hasSid && !AccountSidPattern().IsMatch(options.AccountSid!))
        {
            failures.Add("TWILIO_ACCOUNT_SID must be 'AC' followed by 32 hexadecimal characters.");
        }

        if (hasSid != hasToken)
        {
            failures.Add(hasSid
                ? "TWILIO_AUTH_TOKEN is required when TWILIO_ACCOUNT_SID is set (leave both unset for sandbox mode)."
                : "TWILIO_ACCOUNT_SID is required when TWILIO_AUTH_TOKEN is set (leave both unset for sandbox mode).");
        }

        if (!string.IsNullOrWhiteSpace(options.PhoneNumber) && !E164Pattern().IsMatch(options.PhoneNumber))
        {
            failures.Add("TWILIO_PHONE_NUMBER must be an E.164 number such as +15555550100.");
        }

        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl) && !IsHttpUrl(options.PublicBaseUrl))
        {
            failures.Add("PUBLIC_BASE_URL must be an absolute http or https URL, such as https://sms.example.com.");
        }

        if (!IsHttpUrl(options.ApiBaseUrl))
        {
            failures.Add("Twilio:ApiBaseUrl must be an absolute http or https URL.");
        }

        if (options.CredentialCacheDuration < TimeSpan.Zero || options.CredentialCacheDuration > TimeSpan.FromHours(1))
        {
            failures.Add("Twilio:CredentialCacheDuration must be between 00:00:00 and 01:00:00 (how long credentials stay cached).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial Regex AccountSidPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164Pattern();
}
