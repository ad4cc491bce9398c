using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Switchboard.Sandbox;

internal sealed partial class SandboxOptionsValidator : IValidateOptions<SandboxOptions>
{
    public ValidateOptionsResult Validate(string? name, SandboxOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.EmulatorUrl, UriKind.Absolute, out var url) || url.Scheme != "http")
        {
            failures.Add("Sandbox:EmulatorUrl must be an absolute http URL such as http://127.0.0.1:5081.");
        }
        else if (!url.IsLoopback)
        {
            failures.Add("Sandbox:EmulatorUrl must be a loopback address: the emulator's control API needs no credentials.");
        }

        if (!E164().IsMatch(options.PhoneNumber ?? string.Empty))
        {
            failures.Add("Sandbox:PhoneNumber must be an E.164 number such as +14155550100.");
        }

        if (string.IsNullOrWhiteSpace(options.OrganizationName))
        {
            failures.Add("Sandbox:OrganizationName must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
