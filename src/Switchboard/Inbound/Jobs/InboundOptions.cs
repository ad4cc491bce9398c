using Microsoft.Extensions.Options;

namespace Switchboard.Inbound.Jobs;

/// <summary>How the inbound worker polls, leases and retries (configuration section <c>Inbound</c>).</summary>
public sealed class InboundOptions
{
    public const string Section = "Inbound";

    /// <summary>The longest the worker waits between passes when nobody pokes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed job stays the claimer's; a crashed worker's jobs come back after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// Claimed jobs of one organisation processed as one set: read with one query per kind, saved
    /// in one transaction (ADR 0015). 1 gives every job its own. The reads happen before the
    /// transaction, so on SQLite the write lock is held only for the batch's inserts and updates,
    /// and the webhook's writer queues behind it on the write gate (ADR 0013).
    /// </summary>
    public int JobsPerTransaction { get; set; } = 50;

    /// <summary>Attempts before a failing job is parked for an operator.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failure; it doubles with each further failure.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The wait before attempt <paramref name="failedAttempts"/> + 1.</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var doubled = RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        return TimeSpan.FromMilliseconds(Math.Min(doubled, RetryMaxDelay.TotalMilliseconds));
    }
}

internal sealed class InboundOptionsValidator : IValidateOptions<InboundOptions>
{
    public ValidateOptionsResult Validate(string? name, InboundOptions options)
    {
        var failures = new List<string>();
        Positive(failures, options.PollInterval, nameof(options.PollInterval));
        Positive(failures, options.LeaseDuration, nameof(options.LeaseDuration));
        Positive(failures, options.RetryBaseDelay, nameof(options.RetryBaseDelay));
        if (options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add($"{InboundOptions.Section}:{nameof(options.RetryMaxDelay)} must be at least {InboundOptions.Section}:{nameof(options.RetryBaseDelay)}.");
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            failures.Add($"{InboundOptions.Section}:{nameof(options.BatchSize)} must be between 1 and 1000 (was {options.BatchSize}).");
        }

        if (options.JobsPerTransaction is < 1 or > 1000)
        {
            failures.Add($"{InboundOptions.Section}:{nameof(options.JobsPerTransaction)} must be between 1 and 1000 (was {options.JobsPerTransaction}).");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            failures.Add($"{InboundOptions.Section}:{nameof(options.MaxAttempts)} must be between 1 and 100 (was {options.MaxAttempts}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, TimeSpan value, string setting)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{InboundOptions.Section}:{setting} must be a positive time span such as 00:00:01 (was {value}).");
        }
    }
}
