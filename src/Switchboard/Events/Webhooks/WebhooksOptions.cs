using Microsoft.Extensions.Options;

namespace Switchboard.Events.Webhooks;

/// <summary>The <c>Webhooks</c> section: pace, retries and give-up rules of outbound webhooks.</summary>
public sealed class WebhooksOptions
{
    public const string Section = "Webhooks";

    /// <summary>How often the workers look for new events and due deliveries.</summary>
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>
    /// The least time between two fan-out passes when commits keep waking it: under load, one pass
    /// per interval turns every event committed meanwhile into deliveries. A wake after a quiet spell runs at once.
    /// </summary>
    public int FanOutSpacingMilliseconds { get; set; } = 50;

    /// <summary>The wait after the first failure; it doubles per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a delivery is retried before it is given up.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>An endpoint whose every attempt failed for this long is disabled.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long a receiver has to answer one attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

internal sealed class WebhooksOptionsValidator : IValidateOptions<WebhooksOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhooksOptions options)
    {
        var failures = new List<string>();
        if (options.PollMilliseconds is < 10 or > 60_000)
        {
            failures.Add("Webhooks:PollMilliseconds must be between 10 and 60000.");
        }

        if (options.FanOutSpacingMilliseconds is < 0 or > 10_000)
        {
            failures.Add("Webhooks:FanOutSpacingMilliseconds must be between 0 and 10000.");
        }

        if (options.FirstRetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.FirstRetryDelay)
        {
            failures.Add("Webhooks:FirstRetryDelay must be positive and no longer than Webhooks:MaxRetryDelay.");
        }

        if (options.RetryFor <= TimeSpan.Zero || options.DisableAfter <= TimeSpan.Zero)
        {
            failures.Add("Webhooks:RetryFor and Webhooks:DisableAfter must be positive time spans.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Webhooks:RequestTimeout must be a positive time span.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
