using Microsoft.Extensions.Options;

namespace Switchboard.Security.RateLimits;

/// <summary>The <c>RateLimits</c> section: fixed windows per API key and per client address on <c>/api/v1</c>, and per address and per email on sign-in.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests one API key may make per window.</summary>
    public int PerKeyPermitLimit { get; set; } = 1200;

    /// <summary>Requests one client address may make per window, whatever key it uses (or none).</summary>
    public int PerAddressPermitLimit { get; set; } = 2400;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sign-in attempts (<c>POST /account/sign-in</c>) one client address may make per sign-in window.</summary>
    public int SignInPerAddressPermitLimit { get; set; } = 30;

    /// <summary>Sign-in attempts for one email, from anywhere, per sign-in window.</summary>
    public int SignInPerEmailPermitLimit { get; set; } = 10;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(15);
}

internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var failures = new List<string>();
        if (options.PerKeyPermitLimit < 1)
        {
            failures.Add($"{RateLimitOptions.Section}:PerKeyPermitLimit must be at least 1.");
        }

        if (options.PerAddressPermitLimit < 1)
        {
            failures.Add($"{RateLimitOptions.Section}:PerAddressPermitLimit must be at least 1.");
        }

        if (options.SignInPerAddressPermitLimit < 1)
        {
            failures.Add($"{RateLimitOptions.Section}:SignInPerAddressPermitLimit must be at least 1.");
        }

        if (options.SignInPerEmailPermitLimit < 1)
        {
            failures.Add($"{RateLimitOptions.Section}:SignInPerEmailPermitLimit must be at least 1.");
        }

        if (options.SignInWindow < TimeSpan.FromSeconds(1) || options.SignInWindow > TimeSpan.FromDays(1))
        {
            failures.Add($"{RateLimitOptions.Section}:SignInWindow must be from 00:00:01 to 1.00:00:00.");
        }

        if (options.Window < TimeSpan.FromSeconds(1) || options.Window > TimeSpan.FromHours(1))
        {
            failures.Add($"{RateLimitOptions.Section}:Window must be from 00:00:01 to 01:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
