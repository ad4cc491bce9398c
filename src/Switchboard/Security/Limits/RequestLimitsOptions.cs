using Microsoft.Extensions.Options;

namespace Switchboard.Security.Limits;

/// <summary>The <c>RequestLimits</c> section: the largest bodies accepted, checked before anything parses them.</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "RequestLimits";

    /// <summary>Twilio's form posts are a few kilobytes; 64 KB leaves room for long bodies and many media parameters.</summary>
    public long WebhookMaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>A campaign with many recipients is the largest legitimate API body.</summary>
    public long ApiMaxBodyBytes { get; set; } = 1024 * 1024;
}

internal sealed class RequestLimitsOptionsValidator : IValidateOptions<RequestLimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, RequestLimitsOptions options)
    {
        var failures = new List<string>();
        if (options.WebhookMaxBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            failures.Add($"{RequestLimitsOptions.Section}:WebhookMaxBodyBytes must be from 1024 to 16777216.");
        }

        if (options.ApiMaxBodyBytes is < 1024 or > 64 * 1024 * 1024)
        {
            failures.Add($"{RequestLimitsOptions.Section}:ApiMaxBodyBytes must be from 1024 to 67108864.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
