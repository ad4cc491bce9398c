using Microsoft.Extensions.Options;

namespace Switchboard.Delivery;

/// <summary>The dispatcher's settings (section <c>Delivery</c>).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How often the outbox is polled when no commit pokes the dispatcher.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;

    /// <summary>How long a claimed row stays ours; another instance takes it over afterwards.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    public int MaxConcurrentCalls { get; set; } = 16;

    /// <summary>Pace each sender at its segments per second (Twilio queues, and fails, what we send faster).</summary>
    public bool Pacing { get; set; } = true;

    /// <summary>Rows whose pacing slot is further ahead than this go back to the outbox until then.</summary>
    public TimeSpan PacingHorizon { get; set; } = TimeSpan.FromSeconds(2);

    public double LongCodeMps { get; set; } = 1;

    public double TollFreeMps { get; set; } = 3;

    public double ShortCodeMps { get; set; } = 100;

    /// <summary>First retry delay; each next one doubles (1, 2, 4 minutes), with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    public int MaxRetries { get; set; } = 3;

    /// <summary>Wait after Twilio refused for rate (429) or server trouble (5xx), unless it said how long.</summary>
    public TimeSpan DeferDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Refusals for rate or server trouble tolerated before the message is dead-lettered.</summary>
    public int MaxDeferrals { get; set; } = 20;

    /// <summary>Wait before reconciling a send whose outcome is unknown.</summary>
    public TimeSpan OutcomeUnknownDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A message with a sid but no final status for this long is asked about.</summary>
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Status callbacks, and accepted sends, recorded per transaction, at most (group commit, ADR 0013, 0014).</summary>
    public int CallbackBatchSize { get; set; } = 256;

    /// <summary>How long the callback and send-result writers wait for a batch to fill; 0 commits at once.</summary>
    public TimeSpan CallbackLinger { get; set; } = TimeSpan.FromMilliseconds(1);
}

internal sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions o)
    {
        var failures = new List<string>();
        void Positive(TimeSpan value, string setting)
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"Delivery:{setting} must be a positive time span.");
            }
        }

        Positive(o.PollInterval, nameof(o.PollInterval));
        Positive(o.LeaseDuration, nameof(o.LeaseDuration));
        Positive(o.RetryBaseDelay, nameof(o.RetryBaseDelay));
        Positive(o.StuckAfter, nameof(o.StuckAfter));
        Positive(o.ReconcileInterval, nameof(o.ReconcileInterval));
        if (o.PacingHorizon >= o.LeaseDuration)
        {
            failures.Add("Delivery:PacingHorizon must be shorter than Delivery:LeaseDuration.");
        }

        if (o.BatchSize is < 1 or > 1000 || o.MaxConcurrentCalls is < 1 or > 100)
        {
            failures.Add("Delivery:BatchSize must be 1 to 1000 and Delivery:MaxConcurrentCalls 1 to 100 (Twilio's concurrency limit).");
        }

        if (o.CallbackBatchSize is < 1 or > 1000 || o.CallbackLinger < TimeSpan.Zero || o.CallbackLinger > TimeSpan.FromSeconds(1))
        {
            failures.Add("Delivery:CallbackBatchSize must be 1 to 1000 and Delivery:CallbackLinger 0 to 1 second.");
        }

        if (o.MaxRetries is < 0 or > 10 || o.MaxDeferrals < 0)
        {
            failures.Add("Delivery:MaxRetries must be 0 to 10 and Delivery:MaxDeferrals not negative.");
        }

        if (o.LongCodeMps <= 0 || o.TollFreeMps <= 0 || o.ShortCodeMps <= 0)
        {
            failures.Add("Delivery:LongCodeMps, TollFreeMps and ShortCodeMps must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
